import { openNotesDb, type NotesDb } from '@/lib/notes';

let db: NotesDb | null = null;

/** The panel's one connection to the notes database, opened on first use. */
export function notesDb(): NotesDb {
  return (db ??= openNotesDb());
}
