import { i18n } from '#i18n';
import type { PackStep, Phrase } from '@/lib/packs';
import { setTags } from '@/lib/packs/draft';
import type { PackProblem } from '@/lib/packs/field-errors';
import { formatCount } from '@/components/format';
import { fieldA11y } from '../field-ids';
import { FieldProblems } from './FieldProblems';
import { PhrasePreview } from './PhrasePreview';
import { PhraseVariants } from './PhraseVariants';

/** One phrase: its id, its text with a live preview, its behaviour variants and tags, each with its problems. */
export function PhraseEditor({
  phrase,
  step,
  index,
  problems,
  onChange,
  onRemove,
}: {
  phrase: Phrase;
  step: PackStep;
  /** 0-based position in the step; shown 1-based, to tell the phrases apart for screen readers. */
  index: number;
  /** The pack's problems by field key (field-errors.ts). */
  problems: ReadonlyMap<string, readonly PackProblem[]>;
  onChange(phrase: Phrase): void;
  onRemove(): void;
}) {
  const number = formatCount(index + 1);
  const key = (field: string) => `phrase:${step}:${index}${field}`;
  const at = (field: string) => problems.get(key(field));
  // Every phrase has the same fields: each is numbered for screen readers ("Phrase 2"), visible text first.
  const numbered = (label: string) => i18n.t('packs.phrase.numbered', [label, number]);
  return (
    <li className="phrase-editor">
      <FieldProblems fieldKey={key('')} problems={at('')} />
      <div className="field">
        <label htmlFor={fieldA11y(key(':text'), undefined).id}>{i18n.t('packs.phrase.text')}</label>
        <textarea
          {...fieldA11y(key(':text'), at(':text'))}
          aria-label={numbered(i18n.t('packs.phrase.text'))}
          rows={3}
          value={phrase.text}
          onChange={(event) => onChange({ ...phrase, text: event.target.value })}
        />
        <FieldProblems fieldKey={key(':text')} problems={at(':text')} />
      </div>
      <PhrasePreview text={phrase.text} label={i18n.t('packs.phrase.preview', [number])} />
      <div className="field field--row">
        <div className="field">
          <label htmlFor={fieldA11y(key(':id'), undefined).id}>{i18n.t('packs.phrase.id')}</label>
          <input
            {...fieldA11y(key(':id'), at(':id'))}
            aria-label={numbered(i18n.t('packs.phrase.id'))}
            value={phrase.id}
            spellCheck={false}
            onChange={(event) => onChange({ ...phrase, id: event.target.value })}
          />
          <FieldProblems fieldKey={key(':id')} problems={at(':id')} />
        </div>
        <div className="field">
          <label htmlFor={fieldA11y(key(':tags'), undefined).id}>{i18n.t('packs.phrase.tags')}</label>
          <input
            {...fieldA11y(key(':tags'), at(':tags'))}
            aria-label={numbered(i18n.t('packs.phrase.tags'))}
            value={(phrase.tags ?? []).join(', ')}
            onChange={(event) => onChange(setTags(phrase, event.target.value))}
            onBlur={(event) => onChange(setTags(phrase, event.target.value, true))}
          />
          <FieldProblems fieldKey={key(':tags')} problems={at(':tags')} />
        </div>
      </div>
      <PhraseVariants phrase={phrase} fieldKey={key} problems={problems} numbered={numbered} onChange={onChange} />
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
