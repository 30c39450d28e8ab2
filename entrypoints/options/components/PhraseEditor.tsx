import { i18n } from '#i18n';
import { useId } from 'react';
import { BEHAVIOURS, type Phrase } from '@/lib/packs';
import { setTags, setVariant } from '@/lib/packs/draft';
import { PhrasePreview } from './PhrasePreview';

/** One phrase: its id, its text with a live preview, its behaviour variants and tags. */
export function PhraseEditor({
  phrase,
  number,
  onChange,
  onRemove,
}: {
  phrase: Phrase;
  /** 1-based position, to tell the phrases apart for screen readers. */
  number: number;
  onChange(phrase: Phrase): void;
  onRemove(): void;
}) {
  const base = useId();
  // Every phrase has the same fields: each is numbered for screen readers ("Phrase 2"), visible text first.
  const numbered = (label: string) => i18n.t('packs.phrase.numbered', [label, String(number)]);
  return (
    <li className="phrase-editor">
      <div className="field">
        <label htmlFor={`${base}-text`}>{i18n.t('packs.phrase.text')}</label>
        <textarea
          id={`${base}-text`}
          aria-label={numbered(i18n.t('packs.phrase.text'))}
          rows={3}
          value={phrase.text}
          onChange={(event) => onChange({ ...phrase, text: event.target.value })}
        />
      </div>
      <PhrasePreview text={phrase.text} label={i18n.t('packs.phrase.preview', [String(number)])} />
      <div className="field field--row">
        <div className="field">
          <label htmlFor={`${base}-id`}>{i18n.t('packs.phrase.id')}</label>
          <input
            id={`${base}-id`}
            aria-label={numbered(i18n.t('packs.phrase.id'))}
            value={phrase.id}
            spellCheck={false}
            onChange={(event) => onChange({ ...phrase, id: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${base}-tags`}>{i18n.t('packs.phrase.tags')}</label>
          <input
            id={`${base}-tags`}
            aria-label={numbered(i18n.t('packs.phrase.tags'))}
            value={(phrase.tags ?? []).join(', ')}
            onChange={(event) => onChange(setTags(phrase, event.target.value))}
            onBlur={(event) => onChange(setTags(phrase, event.target.value, true))}
          />
        </div>
      </div>
      <details className="variants">
        <summary>{i18n.t('packs.phrase.variants', [String(Object.keys(phrase.variants ?? {}).length)])}</summary>
        {BEHAVIOURS.map((kind) => (
          <div className="field" key={kind}>
            <label htmlFor={`${base}-${kind}`}>{i18n.t(`packs.behaviour.${kind}`)}</label>
            <textarea
              id={`${base}-${kind}`}
              aria-label={numbered(i18n.t(`packs.behaviour.${kind}`))}
              rows={2}
              value={phrase.variants?.[kind] ?? ''}
              onChange={(event) => onChange(setVariant(phrase, kind, event.target.value))}
            />
          </div>
        ))}
      </details>
      <button
        type="button"
        className="button button--danger"
        aria-label={numbered(i18n.t('packs.phrase.remove'))}
        onClick={onRemove}
      >
        {i18n.t('packs.phrase.remove')}
      </button>
    </li>
  );
}
