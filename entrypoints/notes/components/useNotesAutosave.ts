import { useEffect, useMemo, useState } from 'react';
import { checkSaved, createAutosave, saveNotes, type Autosave, type NotesDb } from '@/lib/notes';
import { failureText } from './labels';
import { saveOnLeave } from '@/lib/notes/unsaved-journal';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * One autosave for the whole page (it debounces per record). Saves are flushed when the page is hidden or
 * closed, and what is still unsaved on pagehide goes to the journal (see unsaved-journal.ts). A failed save
 * (a QuotaError above all) is shown until that record saves again; the edit stays queued and the editor
 * keeps its text. "Saved" only once the record, read back, holds what was typed (checkSaved): a newer
 * edit from another tab is a failure to show, not a save. `onSaved` must be stable (a useCallback): a new
 * one would start a new autosave.
 */
export function useNotesAutosave(db: NotesDb, onSaved: (id: string) => void): { autosave: Autosave; state: SaveState } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const autosave = useMemo(() => {
    // Per record, so one record saving fine never hides another one's failure.
    const failures = new Map<string, string>();
    const show = () => {
      const failure = failures.values().next();
      setState(failure.done ? { kind: 'saved' } : { kind: 'failed', message: failure.value });
    };
    return createAutosave(
      (id, patch, at) => {
        setState({ kind: 'saving' });
        return saveNotes(db, id, patch, at);
      },
      {
        check: (id, sent) => checkSaved(db, id, sent),
        onSaved: (id) => {
          failures.delete(id);
          show();
          onSaved(id);
        },
        onError: (error, id) => {
          failures.set(id, failureText(error));
          show();
        },
      },
    );
  }, [db, onSaved]);

  useEffect(() => {
    const stop = saveOnLeave(autosave);
    return () => {
      stop();
      void autosave.flush();
    };
  }, [autosave]);

  return { autosave, state };
}
