import { HelpdeskId } from '../conversation/model';
import type { Autosave } from './autosave';
import type { NotesDb } from './db';
import { parseRecordId, recordId } from './key';
import type { NotesPatch } from './model';
import { saveNotes } from './records';

/**
 * Why this exists: saveNotes reads the record and then writes it in one transaction, and a page being
 * unloaded (reload, tab closed) never runs the write half, so an edit typed just before leaving would be
 * lost even though pagehide flushed it. So on pagehide the edits not yet saved are also written here,
 * synchronously, and the next notes page to open saves them with their original edit times (per-field
 * last-write-wins makes a replay of something that did land a no-op, and a stale one lose to newer edits).
 */
const KEY = 'steadyhand:notes-unsaved';

export interface JournalEntry {
  id: string;
  patch: NotesPatch;
  /** The edit's time (ms), the stamp its save would have had. */
  at: number;
}

function read(storage: Storage): JournalEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as JournalEntry[]) : [];
  } catch {
    return [];
  }
}

/** Adds entries to what other tabs may have left (two tabs can close at once). */
export function writeJournal(entries: JournalEntry[], storage: Storage = localStorage): void {
  if (entries.length === 0) return;
  try {
    storage.setItem(KEY, JSON.stringify([...read(storage), ...entries]));
  } catch (error) {
    // Storage full: the pagehide flush is then the only chance; say so rather than fail silently.
    console.error('Could not keep unsaved notes for the next visit', error);
  }
}

/**
 * The record a journal entry is for. A page of the version before accounts wrote `<helpdesk>:<ticketId>`:
 * the record is then the one stored for that ticket if there is exactly one, else the one without account.
 */
async function currentId(db: NotesDb, id: string): Promise<string> {
  try {
    return recordId(parseRecordId(id));
  } catch {
    const colon = id.indexOf(':');
    const helpdesk = HelpdeskId.parse(id.slice(0, colon));
    const ticketId = id.slice(colon + 1);
    const ids = await db.records
      .where('helpdesk')
      .equals(helpdesk)
      .filter((row) => row.ticketId === ticketId)
      .primaryKeys();
    return ids.length === 1 ? ids[0]! : recordId({ helpdesk, account: null, ticketId });
  }
}

/** Saves what a closed page left, oldest edit first; keeps what fails (a full disk) for the next visit. */
export async function replayJournal(db: NotesDb, storage: Storage = localStorage): Promise<void> {
  const entries = read(storage).sort((a, b) => a.at - b.at);
  if (entries.length === 0) return;
  storage.removeItem(KEY);
  const failed: JournalEntry[] = [];
  for (const entry of entries) {
    try {
      await saveNotes(db, await currentId(db, entry.id), entry.patch, new Date(entry.at));
    } catch (error) {
      failed.push(entry);
      console.error('Could not save notes left by a closed page', error);
    }
  }
  writeJournal(failed, storage);
}

/**
 * What every page with an autosave does as it goes: flushes when hidden, and on pagehide also keeps what
 * is unsaved in the journal (the flush may not land). Returns the listeners' removal.
 */
export function saveOnLeave(autosave: Autosave, target: Window = window): () => void {
  const leave = () => {
    writeJournal(autosave.unsavedEdits());
    void autosave.flush();
  };
  const hidden = () => {
    if (target.document.visibilityState === 'hidden') void autosave.flush();
  };
  target.addEventListener('pagehide', leave);
  target.document.addEventListener('visibilitychange', hidden);
  return () => {
    target.removeEventListener('pagehide', leave);
    target.document.removeEventListener('visibilitychange', hidden);
  };
}
