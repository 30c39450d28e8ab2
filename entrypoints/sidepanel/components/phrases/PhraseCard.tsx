import { i18n } from '#i18n';
import { ownValue, type OfferedPhrase } from '@/lib/packs';
import type { Resolved } from './resolve';

interface Props {
  phrase: OfferedPhrase;
  resolved: Resolved;
  /** 1–9 for the phrases a key inserts; null after that. */
  number: number | null;
  fills: Readonly<Record<string, string>>;
  onFill(name: string, value: string): void;
  onInsert(): void;
  onCopy(): void;
}

/** One phrase as it will be sent: values filled in, missing ones highlighted and asked for. */
export function PhraseCard({ phrase, resolved, number, fills, onFill, onInsert, onCopy }: Props) {
  const ready = resolved.missing.length === 0;
  return (
    <li className="phrase">
      <p className="phrase__meta">
        {number !== null && <kbd className="phrase__key">{number}</kbd>}
        <span className="phrase__pack">{phrase.packName}</span>
        {phrase.variant && <span className="phrase__variant">{i18n.t(`phrases.variants.${phrase.variant}`)}</span>}
      </p>
      <p className="phrase__text">
        {resolved.pieces.map((piece, index) =>
          piece.kind === 'text' ? (
            piece.text
          ) : piece.kind === 'value' ? (
            <span key={index} className="phrase__value">
              {piece.text}
            </span>
          ) : (
            <mark key={index} className="phrase__missing">
              {piece.text}
            </mark>
          ),
        )}
      </p>
      {resolved.asked.map((name) => (
        <label key={name} className="phrase__fill">
          <span>{i18n.t('phrases.fillLabel', [name])}</span>
          <input
            type="text"
            value={ownValue(fills, name) ?? ''}
            onChange={(event) => onFill(name, event.target.value)}
          />
        </label>
      ))}
      {!ready && <p className="phrase__hint">{i18n.t('phrases.missingHint')}</p>}
      <div className="phrase__actions">
        <button
          type="button"
          className="button"
          disabled={!ready}
          aria-label={
            number !== null ? i18n.t('phrases.insertLabel', [String(number)]) : i18n.t('phrases.insertLabelUnnumbered')
          }
          onClick={onInsert}
        >
          {i18n.t('phrases.insert')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={
            number !== null ? i18n.t('phrases.copyLabel', [String(number)]) : i18n.t('phrases.copyLabelUnnumbered')
          }
          onClick={onCopy}
        >
          {i18n.t('phrases.copy')}
        </button>
      </div>
    </li>
  );
}
