import { useMemo } from 'react';
import { DraftList } from '@/entrypoints/options/components/DraftList';
import type { DraftActions } from '@/entrypoints/options/components/DraftRow';
import { useOptions, useOptionsStore } from './store';

export function DraftsView() {
  const drafts = useOptions((state) => state.drafts);
  const store = useOptionsStore();
  const actions = useMemo<DraftActions>(() => {
    const state = store.getState;
    return {
      onEdit: (draft) => state().openDraft(draft),
      onInstall: (draft) => void state().installDraft(draft),
      onDelete: (draft) => void state().deleteDraft(draft),
    };
  }, [store]);
  return <DraftList drafts={drafts} actions={actions} />;
}
