import { i18n } from '#i18n';
import { DATE_VARIABLES, ownValue, type OfferedPhrase } from '@/lib/packs';
import { fillFieldId, variableLabel } from './fill-fields';
import type { Resolved } from './resolve';

interface Props {
  phrase: OfferedPhrase;
  resolved: Resolved;
  /** 1–9 for the phrases a key inserts; null after that. */
  number: number | null;
  /** Whether to name the phrase's pack: only when the phrases shown come from more than one. */
  showPack: boolean;
  fills: Readonly<Record<string, string>>;
  onFill(name: string, value: string): void;
  /** Insert or Copy was asked for while `name` has no value: ask for it instead. */
  onMissing(name: string): void;
  /** Absent where there is no reply editor to insert into (a page the panel cannot read): Copy only. */
  onInsert?: () => void;
  onCopy(): void;
}

/**
 * One phrase as it will be sent, compact so that three fit above the fold: its key and text first, the
 * behaviour it is worded for as a small tag beside the buttons. Values are filled in, missing ones
 * highlighted and asked for: Insert and Copy never let a placeholder through, they move to its field.
 */
export function PhraseCard({ phrase, resolved, number, showPack, fills, onFill, onMissing, onInsert, onCopy }: Props) {
  const ready = resolved.missing.length === 0;
  const guarded = (action: () => void) => () => (ready ? action() : onMissing(resolved.missing[0]!));
  return (
    <li className={`phrase${number === null ? ' phrase--unnumbered' : ''}`}>
      {number !== null && <kbd className="phrase__key">{number}</kbd>}
      <div className="phrase__body">
        <p className="phrase__text" lang={phrase.locale}>
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
            <span>{variableLabel(name)}</span>
            <input
              id={fillFieldId(phrase.key, name)}
              type={DATE_VARIABLES.has(name) ? 'date' : 'text'}
              value={ownValue(fills, name) ?? ''}
              onChange={(event) => onFill(name, event.target.value)}
            />
          </label>
        ))}
        {!ready && <p className="phrase__hint">{i18n.t('phrases.missingHint')}</p>}
        <div className="phrase__foot">
          {phrase.variant && <span className="tag">{i18n.t(`phrases.variants.${phrase.variant}`)}</span>}
          {showPack && <span className="tag tag--pack">{phrase.packName}</span>}
          <span className="phrase__actions">
            {onInsert && (
              <button
                type="button"
                className="button"
                aria-label={
                  number !== null
                    ? i18n.t('phrases.insertLabel', [String(number)])
                    : i18n.t('phrases.insertLabelUnnumbered')
                }
                onClick={guarded(onInsert)}
              >
                {i18n.t('phrases.insert')}
              </button>
            )}
            <button
              type="button"
              className="button button--quiet"
              aria-label={
                number !== null ? i18n.t('phrases.copyLabel', [String(number)]) : i18n.t('phrases.copyLabelUnnumbered')
              }
              onClick={guarded(onCopy)}
            >
              {i18n.t('phrases.copy')}
            </button>
          </span>
        </div>
      </div>
    </li>
  );
}
