import type { HelpdeskId } from '../conversation/model';
import type { SignalKind } from '../framework/guidance';
import type { Collection } from 'dexie';
import type { NotesDb } from './db';
import type { InteractionRecord, Status } from './model';
import { type Row, toRecord } from './schema';
import { queryTerms } from './words';

export interface NotesFilter {
  /** Words to find in the ticket id, subject, customer name, notes and tags; each matches a word's start. */
  text?: string;
  /** Interactions active in the range: updated at or after `from`, started at or before `to` (instants). */
  from?: string;
  to?: string;
  signal?: SignalKind;
  tag?: string;
  status?: Status;
  helpdesk?: HelpdeskId;
}

export interface Page {
  offset?: number;
  limit?: number;
}

export interface ListResult {
  /** Newest first (by updatedAt). */
  records: InteractionRecord[];
  /** How many records match in all, for the pager. */
  total: number;
}

/**
 * Strategy: every condition has an index, and only keys are read to apply them: each gives the set of
 * matching ids, the updatedAt index gives the order, and only the requested page of records is read. A
 * search word matches by prefix on the multiEntry `words` index, so a search never scans the records.
 */
export async function listRecords(db: NotesDb, filter: NotesFilter = {}, page: Page = {}): Promise<ListResult> {
  const { offset = 0, limit = 50 } = page;
  return db.transaction('r', db.records, async () => {
    const ids = await matchingIds(db, filter);
    const rows = await db.records.bulkGet(ids.slice(offset, offset + limit));
    return { records: rows.filter((row): row is Row => row !== undefined).map(toRecord), total: ids.length };
  });
}

/** Ids of every matching record, newest first (by updatedAt, then id). */
export async function matchingIds(db: NotesDb, filter: NotesFilter = {}): Promise<string[]> {
  return db.transaction('r', db.records, async () => {
    const index = db.records.orderBy('updatedAt');
    const ordered =
      filter.from === undefined ? index.reverse() : db.records.where('updatedAt').aboveOrEqual(filter.from).reverse();
    const [order, ...sets] = await Promise.all([ordered.primaryKeys(), ...conditions(db, filter)]);
    return sets.length ? order.filter((id) => sets.every((set) => set.has(id))) : order;
  });
}

/** The ids each condition (other than `from`, which bounds the walk) lets through. */
function conditions(db: NotesDb, filter: NotesFilter): Array<Promise<Set<string>>> {
  const keys = async (collection: Collection<Row, string>) => new Set(await collection.primaryKeys());
  const where = (index: string) => db.records.where(index);
  return [
    ...queryTerms(filter.text ?? '').map((term) => keys(where('words').startsWith(term))),
    ...(filter.to === undefined ? [] : [keys(where('startedAt').belowOrEqual(filter.to))]),
    ...(filter.tag === undefined ? [] : [keys(where('notes.tags').equals(filter.tag))]),
    ...(filter.signal === undefined ? [] : [keys(where('signalKinds').equals(filter.signal))]),
    ...(filter.status === undefined ? [] : [keys(where('status').equals(filter.status))]),
    ...(filter.helpdesk === undefined ? [] : [keys(where('helpdesk').equals(filter.helpdesk))]),
  ];
}

/** Every tag in use, sorted, for the tag filter. */
export async function listTags(db: NotesDb): Promise<string[]> {
  const tags = (await db.records.orderBy('notes.tags').uniqueKeys()) as string[];
  return tags.sort((a, b) => a.localeCompare(b));
}
