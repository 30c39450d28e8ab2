// The team roll-up: agents' exports, imported on the lead's insights page, kept apart from their notes.
export { openRollupDb, ROLLUP_DB_NAME, RollupDb } from './db';
export {
  importExport,
  listSources,
  removeSource,
  rollupRecords,
  type RollupImport,
  type RollupProblem,
} from './import';
export { labelRecord, RollupRow, RollupSource, rowKey, type LabelledRecord } from './model';
