import { i18n } from '#i18n';
import { createAutosave, isQuotaExceeded, saveNotes, type InteractionRecord } from '@/lib/notes';
import { replayJournal, writeJournal, type JournalEntry } from '@/lib/notes/unsaved-journal';
import type { QuickNotesDraft } from '@/components/panel/notes/QuickNotes';
import { notesDb } from './notes-db';
import { panelStore } from './store';

// Edits not known to be saved, per record, with the time of the latest: what goes to the journal if the
// panel closes before they land (an unloading page never finishes its IndexedDB write).
const unsaved = new Map<string, JournalEntry>();

const inner = createAutosave(
  async (id, patch, at) => {
    await saveNotes(notesDb(), id, patch, at);
    if ((unsaved.get(id)?.at ?? Infinity) <= at.getTime()) unsaved.delete(id);
    if (inner.unsaved().length === 0) panelStore.getState().setSaveState({ kind: 'saved' });
  },
  {
    onError: (error) =>
      panelStore.getState().setSaveState({
        kind: 'failed',
        message: isQuotaExceeded(error)
          ? i18n.t('quickNotes.quota')
          : error instanceof Error
            ? error.message
            : String(error),
      }),
  },
);

/** The panel's quick notes, saved 300 ms after the agent stops typing and whenever the panel goes away. */
export const autosave: Pick<typeof inner, 'edit' | 'flush'> = {
  edit(id, patch) {
    unsaved.set(id, { id, patch: { ...unsaved.get(id)?.patch, ...patch }, at: Date.now() });
    inner.edit(id, patch);
  },
  flush: () => inner.flush(),
};

/**
 * No keystroke lost: saves when the panel hides or closes, keeps what cannot land in time for the next
 * page to save, and saves what an earlier panel or notes page left.
 */
export function keepNotesSafe(target: Window = window): Promise<void> {
  target.addEventListener('pagehide', () => {
    writeJournal([...unsaved.values()]);
    void inner.flush();
  });
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') void inner.flush();
  });
  return replayJournal(notesDb());
}

export function draftOf(record: InteractionRecord | undefined): QuickNotesDraft {
  const notes = record?.notes;
  return {
    complaint: notes?.complaint ?? '',
    solution: notes?.solution ?? '',
    outcome: notes?.outcome ?? '',
    followUpDate: notes?.followUpDate ?? '',
  };
}
