import { i18n } from '#i18n';
import { useDeferredValue, useMemo } from 'react';
import { lintPack, parsePack, type PackStep, type PhrasePack } from '@/lib/packs';
import { packProblems, problemsByField } from '@/lib/packs/field-errors';
import type { RecoveryNote } from '@/lib/packs/recover';
import { useGoToField } from '../go-to-field';
import { EditorChecks } from './EditorChecks';
import { PackDetailsForm } from './PackDetailsForm';
import { RecoveryNotes } from './RecoveryNotes';
import { StepNav } from './StepNav';
import { StepPhrases } from './StepPhrases';

export interface EditorHandlers {
  onChange(draft: PhrasePack): void;
  onStep(step: PackStep): void;
  onSave(): void;
  onSaveDraft(): void;
  onExport(): void;
  onClose(): void;
}

/**
 * The trainer's editor: the pack's details, one step's phrases at a time, each field with its problems,
 * and beside them every problem in words. Checking runs on a deferred copy so typing stays quick.
 */
export function PackEditor({
  draft,
  step,
  busy,
  unsaved,
  notes,
  autosaveFailure,
  handlers,
}: {
  draft: PhrasePack;
  step: PackStep;
  busy: boolean;
  unsaved: boolean;
  notes: readonly RecoveryNote[];
  autosaveFailure: string | null;
  handlers: EditorHandlers;
}) {
  const checked = useDeferredValue(draft);
  const problems = useMemo(() => {
    const parsed = parsePack(checked);
    return packProblems(parsed.ok ? [] : parsed.errors, lintPack(checked));
  }, [checked]);
  const byField = useMemo(() => problemsByField(problems), [problems]);
  const valid = checked === draft && !problems.some((problem) => problem.severity === 'error');
  const goTo = useGoToField(step, handlers.onStep);

  return (
    <section className="editor" aria-labelledby="editor-heading">
      <div className="editor__main">
        <h2 id="editor-heading" tabIndex={-1}>
          {i18n.t('packs.editor.title', [draft.name])}
        </h2>
        {autosaveFailure && (
          <p className="notice-line notice-line--error" role="alert">
            {autosaveFailure}
          </p>
        )}
        <RecoveryNotes notes={notes} />
        <PackDetailsForm draft={draft} problems={byField} onChange={handlers.onChange} />
        <StepNav draft={draft} current={step} onStep={handlers.onStep} />
        <StepPhrases draft={draft} step={step} problems={byField} onChange={handlers.onChange} />
      </div>
      <EditorChecks problems={problems} valid={valid} busy={busy} unsaved={unsaved} onGo={goTo} handlers={handlers} />
    </section>
  );
}
