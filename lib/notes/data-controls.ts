// What the agent does with the whole store: delete, retention, the space used; and the repair of times
// that went past the clock, which retention and the list both depend on.
import { settleFuture } from './clock';
import type { NotesDb } from './db';
import { guardQuota } from './errors';
import { toRecord, toRow } from './schema';

const DAY_MS = 86_400_000;

export async function deleteRecord(db: NotesDb, id: string): Promise<void> {
  await db.records.delete(id);
}

/** Deletes every record. The caller asks the agent to confirm first; there is no undo. */
export async function deleteAll(db: NotesDb): Promise<void> {
  await db.records.clear();
}

/** Inside a read-write transaction: settles every record updated "after" `now`; returns how many. */
async function settleRows(db: NotesDb, now: Date): Promise<number> {
  // Every write sets updatedAt to its latest time, so a record with any time past the clock has this one past it.
  const rows = await db.records.where('updatedAt').above(now.toISOString()).toArray();
  await db.records.bulkPut(rows.map((row) => toRow(settleFuture(toRecord(row), now))));
  return rows.length;
}

/**
 * Brings records dated after `now` (written while the clock was ahead, or imported before imports clamped
 * times) back to `now`, so none stays at the top of the list. The notes page and the background call it
 * on opening (through applyStoredRetention); returns how many records moved.
 */
export async function settleFutureTimes(db: NotesDb, now = new Date()): Promise<number> {
  return guardQuota(() => db.transaction('rw', db.records, () => settleRows(db, now)));
}

/**
 * Deletes records unchanged for `days` days, except those with a follow-up date still to come (the agent
 * said they would get back to that customer). Returns how many were deleted. A record dated after `now`
 * is first brought back to `now`, so it expires `days` days from now instead of never.
 */
export async function applyRetention(db: NotesDb, days: number, now = new Date()): Promise<number> {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Retention must be a whole number of days ≥ 1`);
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const today = localDate(now);
  return guardQuota(() =>
    db.transaction('rw', db.records, async () => {
      await settleRows(db, now);
      const expired = await db.records
        .where('updatedAt')
        .below(cutoff)
        .filter((row) => !(row.notes.followUpDate !== null && row.notes.followUpDate >= today))
        .primaryKeys();
      await db.records.bulkDelete(expired);
      return expired.length;
    }),
  );
}

/** The agent's calendar date (follow-up dates are picked in local time). */
function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface StorageUse {
  records: number;
  /** Bytes the extension uses in all (not the notes alone), and may use; null where the browser won't say. */
  usage: number | null;
  quota: number | null;
}

export async function storageUsed(db: NotesDb): Promise<StorageUse> {
  const records = await db.records.count();
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const estimate = storage?.estimate ? await storage.estimate() : {};
  return { records, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}
