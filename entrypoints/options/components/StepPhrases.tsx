import { i18n } from '#i18n';
import type { PackStep, PhrasePack } from '@/lib/packs';
import { addPhrase, removePhrase, updatePhrase } from '@/lib/packs/draft';
import type { PackProblem } from '@/lib/packs/field-errors';
import { fieldA11y } from '../field-ids';
import { FieldProblems } from './FieldProblems';
import { PhraseEditor } from './PhraseEditor';

/** One step's phrases, each editable, with the step's own problems under its heading. */
export function StepPhrases({
  draft,
  step,
  problems,
  onChange,
}: {
  draft: PhrasePack;
  step: PackStep;
  problems: ReadonlyMap<string, readonly PackProblem[]>;
  onChange(draft: PhrasePack): void;
}) {
  const phrases = draft.steps[step] ?? [];
  const name = i18n.t(`steps.${step}.name`);
  const key = `step:${step}`;
  const heading = fieldA11y(key, problems.get(key));
  return (
    <section aria-labelledby={heading.id}>
      {/* Focusable so a problem about the whole step can lead here. */}
      <h3 id={heading.id} tabIndex={-1} aria-describedby={heading['aria-describedby']}>
        {name}
      </h3>
      <FieldProblems fieldKey={key} problems={problems.get(key)} />
      {phrases.length === 0 && <p className="muted">{i18n.t('packs.editor.noPhrases')}</p>}
      <ol className="phrase-list" aria-label={i18n.t('packs.editor.phrasesLabel', [name])}>
        {phrases.map((phrase, index) => (
          <PhraseEditor
            key={index}
            phrase={phrase}
            step={step}
            index={index}
            problems={problems}
            onChange={(next) => onChange(updatePhrase(draft, step, index, next))}
            onRemove={() => onChange(removePhrase(draft, step, index))}
          />
        ))}
      </ol>
      <button type="button" className="button button--quiet" onClick={() => onChange(addPhrase(draft, step))}>
        {i18n.t('packs.editor.addPhrase')}
      </button>
    </section>
  );
}
