import { Dexie, type DexieOptions, type Table } from 'dexie';
import { type Row, VERSIONS } from './schema';

export const NOTES_DB_NAME = 'steadyhand-notes';

/**
 * The interaction notes database. Only extension pages and the background open it (the content script never
 * does: it runs in the helpdesk's origin, whose storage is the helpdesk's). Every open connection, in any
 * tab, sees the same database, and IndexedDB runs read-write transactions on it one after another.
 */
export class NotesDb extends Dexie {
  records!: Table<Row, string>;

  constructor(name = NOTES_DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersions(this, VERSIONS.length);
  }
}

/** Declares the first `count` schema versions: all of them for the app, fewer to build an old database in tests. */
export function declareVersions(db: Dexie, count: number): void {
  for (const { version, stores, upgrade } of VERSIONS.slice(0, count)) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

/** `options` lets Node (tests, bench) pass fake-indexeddb without touching globals. */
export function openNotesDb(name = NOTES_DB_NAME, options?: DexieOptions): NotesDb {
  return new NotesDb(name, options);
}
