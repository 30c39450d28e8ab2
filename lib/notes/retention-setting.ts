import { storage } from 'wxt/utils/storage';
import type { NotesDb } from './db';
import { applyRetention, settleFutureTimes } from './data-controls';

/**
 * "Auto-delete records unchanged for N days": null keeps records until the agent deletes them. Kept in
 * extension storage (not in the notes database) so the background can read it on startup without opening
 * the notes page, and so deleting all records does not forget the setting.
 */
export const notesRetentionDays = storage.defineItem<number | null>('local:notesRetentionDays', { fallback: null });

/** A usable setting: a whole number of days, 1 or more. */
export const isRetentionDays = (days: unknown): days is number =>
  typeof days === 'number' && Number.isInteger(days) && days >= 1;

/**
 * Applies the stored retention, if any; returns how many records it deleted. The notes page calls it when
 * it opens, and the background on startup. Either way records dated after now are brought back to now
 * first (applyRetention does it too), so none stays pinned to the top of the list.
 */
export async function applyStoredRetention(db: NotesDb, now = new Date()): Promise<number> {
  const days = await notesRetentionDays.getValue();
  if (isRetentionDays(days)) return applyRetention(db, days, now);
  await settleFutureTimes(db, now);
  return 0;
}
