import { i18n } from '#i18n';
import { useDeferredValue, useMemo } from 'react';
import { lintPack, parsePack, type PackStep, type PhrasePack } from '@/lib/packs';
import { addPhrase, removePhrase, updatePhrase } from '@/lib/packs/draft';
import { ErrorList } from './ErrorList';
import { LintList } from './LintList';
import { PackDetailsForm } from './PackDetailsForm';
import { PhraseEditor } from './PhraseEditor';
import { StepNav } from './StepNav';

export interface EditorHandlers {
  onChange(draft: PhrasePack): void;
  onStep(step: PackStep): void;
  onSave(): void;
  onExport(): void;
  onClose(): void;
}

/**
 * The trainer's editor: the pack's details, one step's phrases at a time, and beside them what is wrong
 * (blocks saving) and what looks wrong (does not). Checking runs on a deferred copy so typing stays quick.
 */
export function PackEditor({
  draft,
  step,
  busy,
  handlers,
}: {
  draft: PhrasePack;
  step: PackStep;
  busy: boolean;
  handlers: EditorHandlers;
}) {
  const checked = useDeferredValue(draft);
  const parsed = useMemo(() => parsePack(checked), [checked]);
  const warnings = useMemo(() => lintPack(checked), [checked]);
  const phrases = draft.steps[step] ?? [];
  const valid = parsed.ok && checked === draft;

  return (
    <section className="editor" aria-labelledby="editor-heading">
      <div className="editor__main">
        <h2 id="editor-heading">{i18n.t('packs.editor.title', [draft.name])}</h2>
        <PackDetailsForm draft={draft} onChange={handlers.onChange} />
        <StepNav draft={draft} current={step} onStep={handlers.onStep} />
        <section aria-labelledby="editor-step-heading">
          <h3 id="editor-step-heading">{i18n.t(`steps.${step}.name`)}</h3>
          {phrases.length === 0 && <p className="muted">{i18n.t('packs.editor.noPhrases')}</p>}
          <ol className="phrase-list" aria-label={i18n.t('packs.editor.phrasesLabel', [i18n.t(`steps.${step}.name`)])}>
            {phrases.map((phrase, index) => (
              <PhraseEditor
                key={index}
                phrase={phrase}
                number={index + 1}
                onChange={(next) => handlers.onChange(updatePhrase(draft, step, index, next))}
                onRemove={() => handlers.onChange(removePhrase(draft, step, index))}
              />
            ))}
          </ol>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => handlers.onChange(addPhrase(draft, step))}
          >
            {i18n.t('packs.editor.addPhrase')}
          </button>
        </section>
      </div>
      <aside className="editor__side" aria-label={i18n.t('packs.editor.checks')}>
        {parsed.ok ? (
          <p className="notice-line notice-line--ok">{i18n.t('packs.editor.valid')}</p>
        ) : (
          <>
            <h3>{i18n.t('packs.editor.problems', parsed.errors.length)}</h3>
            <ErrorList errors={parsed.errors} label={i18n.t('packs.editor.problemsLabel')} />
          </>
        )}
        {warnings.length > 0 && <h3>{i18n.t('packs.editor.warnings', warnings.length)}</h3>}
        <LintList warnings={warnings} />
        <div className="actions">
          <button type="button" className="button" disabled={!valid || busy} onClick={handlers.onSave}>
            {i18n.t('packs.editor.save')}
          </button>
          <button type="button" className="button button--quiet" disabled={!valid} onClick={handlers.onExport}>
            {i18n.t('packs.editor.export')}
          </button>
          <button type="button" className="button button--quiet" onClick={handlers.onClose}>
            {i18n.t('packs.editor.close')}
          </button>
        </div>
      </aside>
    </section>
  );
}
