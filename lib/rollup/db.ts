import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { RollupRow, RollupSource } from './model';

export const ROLLUP_DB_NAME = 'steadyhand-rollup';

/**
 * The roll-up's own database, apart from the notes database: removing a file, or all of them, can never
 * touch the lead's own notes, and nothing here is ever read by the notes page or its exports.
 */
export class RollupDb extends Dexie {
  rows!: Table<RollupRow, string>;
  sources!: Table<RollupSource, string>;

  constructor(name = ROLLUP_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ rows: 'key, sourceFile', sources: 'sourceFile' });
  }
}

/** `options` lets Node (tests, bench) pass fake-indexeddb without touching globals. */
export function openRollupDb(name = ROLLUP_DB_NAME, options?: DexieOptions): RollupDb {
  return new RollupDb(name, options);
}
