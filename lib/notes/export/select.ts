import type { NotesDb } from '../db';
import type { InteractionRecord } from '../model';
import { matchingIds, type NotesFilter } from '../query';
import { type Redaction, redactRecord } from '../redact';
import { type Row, toRecord } from '../schema';

/** What to export: everything, the filtered list as shown, or one record. */
export type Selection = { kind: 'all' } | { kind: 'filtered'; filter: NotesFilter } | { kind: 'one'; id: string };

export const CHUNK_SIZE = 500;

/**
 * The selected records, newest first, a chunk at a time: only the ids are held for the whole export, and
 * each chunk is read in its own short transaction (IndexedDB cannot keep one open while the file is
 * written). A record deleted meanwhile is left out; one changed meanwhile is exported as it is now.
 */
export async function* readSelection(
  db: NotesDb,
  selection: Selection,
  chunkSize = CHUNK_SIZE,
): AsyncGenerator<InteractionRecord[]> {
  const ids =
    selection.kind === 'one' ? [selection.id] : await matchingIds(db, selection.kind === 'all' ? {} : selection.filter);
  for (let i = 0; i < ids.length; i += chunkSize) {
    const rows = await db.records.bulkGet(ids.slice(i, i + chunkSize));
    const records = rows.filter((row): row is Row => row !== undefined).map(toRecord);
    if (records.length) yield records;
  }
}

export async function* redacting(
  chunks: AsyncIterable<InteractionRecord[]>,
  redaction: Redaction,
): AsyncGenerator<InteractionRecord[]> {
  for await (const records of chunks) yield records.map((record) => redactRecord(record, redaction));
}
