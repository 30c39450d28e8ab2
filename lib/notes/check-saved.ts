import type { NotesDb } from './db';
import { NotSavedError } from './errors';
import { sameJson } from './merge';
import type { NotesPatch } from './model';
import { cleanPatch, getRecord } from './records';

/**
 * Reads the record back and resolves only if every field of `sent` holds the value sent, so a page says
 * "Saved" only when it is true. A newer edit of the same field from another tab (it wins: last write
 * wins) or a delete in between rejects with NotSavedError naming the fields. The autosave calls it once
 * a record has nothing left to save (its `check` option), so its own later saves are already in.
 */
export async function checkSaved(db: NotesDb, id: string, sent: NotesPatch): Promise<void> {
  const stored = await getRecord(db, id);
  const typed = cleanPatch(sent);
  const lost = (Object.keys(typed) as Array<keyof NotesPatch>).filter((field) => {
    const value = field === 'status' ? stored?.status : stored?.notes[field];
    return stored === undefined || !sameJson(value, typed[field]);
  });
  if (!stored || lost.length) throw new NotSavedError(lost);
}
