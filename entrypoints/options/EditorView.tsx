import { useMemo } from 'react';
import { PackEditor, type EditorHandlers } from '@/entrypoints/options/components/PackEditor';
import { useOptions, useOptionsStore } from './store';

export function EditorView() {
  const draft = useOptions((state) => state.draft);
  const step = useOptions((state) => state.draftStep);
  const busy = useOptions((state) => state.importing);
  const unsaved = useOptions((state) => state.unsaved);
  const notes = useOptions((state) => state.recoveryNotes);
  const autosaveFailure = useOptions((state) => state.autosaveFailure);
  const store = useOptionsStore();

  const handlers = useMemo<EditorHandlers>(() => {
    const state = store.getState;
    return {
      onChange: (next) => state().updateDraft(() => next),
      onStep: (next) => state().setDraftStep(next),
      onSave: () => void state().saveDraft(),
      onSaveDraft: () => void state().saveAsDraft(),
      onExport: () => state().exportDraft(),
      onClose: () => state().closeEditor(),
    };
  }, [store]);
  if (!draft) return null;
  return (
    <PackEditor
      draft={draft}
      step={step}
      busy={busy}
      unsaved={unsaved}
      notes={notes}
      autosaveFailure={autosaveFailure}
      handlers={handlers}
    />
  );
}
