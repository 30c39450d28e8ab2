import { i18n } from '#i18n';
import { createAutosave, isQuotaExceeded, saveNotes, type InteractionRecord } from '@/lib/notes';
import { replayJournal, writeJournal } from '@/lib/notes/unsaved-journal';
import type { QuickNotesDraft } from '@/entrypoints/sidepanel/components/notes/QuickNotes';
import { notesDb } from './notes-db';
import { panelStore } from './store';

/** The panel's quick notes, saved 300 ms after the agent stops typing and whenever the panel goes away. */
export const autosave = createAutosave(
  async (id, patch, at) => {
    await saveNotes(notesDb(), id, patch, at);
    // This save still counts as under way until the callback returns: look once it has.
    setTimeout(() => {
      if (autosave.unsaved().length === 0) panelStore.getState().setSaveState({ kind: 'saved' });
    }, 0);
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

/**
 * No keystroke lost: saves when the panel hides or closes, keeps what cannot land in time for the next
 * page to save, and saves what an earlier panel or notes page left.
 */
export function keepNotesSafe(target: Window = window): Promise<void> {
  target.addEventListener('pagehide', () => {
    writeJournal(autosave.unsavedEdits());
    void autosave.flush();
  });
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') void autosave.flush();
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
