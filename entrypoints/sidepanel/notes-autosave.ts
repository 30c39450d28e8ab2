import { i18n } from '#i18n';
import {
  checkSaved,
  createAutosave,
  isQuotaExceeded,
  NotSavedError,
  saveNotes,
  type InteractionRecord,
} from '@/lib/notes';
import { replayJournal, saveOnLeave } from '@/lib/notes/unsaved-journal';
import type { QuickNotesDraft } from '@/entrypoints/sidepanel/components/notes/QuickNotes';
import { notesDb } from './notes-db';
import { panelStore } from './store';
import { errorText } from '@/lib/error-text';

/** Why a save failed, in the panel's words. */
function failureText(error: unknown): string {
  if (isQuotaExceeded(error)) return i18n.t('quickNotes.quota');
  if (error instanceof NotSavedError) return i18n.t('quickNotes.conflict');
  return errorText(error);
}

/**
 * The panel's quick notes, saved 300 ms after the agent stops typing and whenever the panel goes away.
 * "Saved" only once the record, read back, holds what was typed (checkSaved) and nothing else is unsaved.
 */
export const autosave = createAutosave((id, patch, at) => saveNotes(notesDb(), id, patch, at), {
  check: (id, sent) => checkSaved(notesDb(), id, sent),
  onSaved: () => {
    if (autosave.unsaved().length === 0) panelStore.getState().setSaveState({ kind: 'saved' });
  },
  onError: (error) => panelStore.getState().setSaveState({ kind: 'failed', message: failureText(error) }),
});

/**
 * No keystroke lost: saves when the panel hides or closes, keeps what cannot land in time for the next
 * page to save, and saves what an earlier panel or notes page left.
 */
export function keepNotesSafe(target: Window = window): Promise<void> {
  saveOnLeave(autosave, target);
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
