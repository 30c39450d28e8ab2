// The notes library: one record per ticket in IndexedDB, the agent's notes, search, export and import.
// Extension pages and the background only; see README.md.
export { createAutosave, type Autosave, type AutosaveOptions, type SaveNotes } from './autosave';
export { NOTES_DB_NAME, NotesDb, openNotesDb } from './db';
export { checkSaved } from './check-saved';
export { NotSavedError, QuotaError, isQuotaExceeded } from './errors';
export { exportChunks, exportFilename, exportNotes, type ExportFormat, type ExportRequest } from './export';
export { toBlob } from './export/blob';
export type { MarkdownText } from './export/markdown';
export type { Selection } from './export/select';
export { importNotes, parseExport, type ImportResult, type ParseOptions, type ParseResult } from './import';
export type { ImportChange, ImportFormat, ImportProblem } from './import-issues';
export { mergeRecords } from './merge';
export { parseRecordId, recordId, ticketOf, type TicketKey } from './key';
export { ticketLink } from './link';
export { EXPORT_FORMAT, EXPORT_VERSION, ExportEnvelope, InteractionRecord, NotesPatch, Status } from './model';
export { listRecords, listTags, matchingIds, type ListResult, type NotesFilter, type Page } from './query';
export {
  applyRetention,
  deleteAll,
  deleteRecord,
  settleFutureTimes,
  storageUsed,
  type StorageUse,
} from './data-controls';
export { getRecord, recordInteraction, recordPhraseUse, saveNotes, type Sighting } from './records';
export { PLACEHOLDER, redactRecord, type Redaction } from './redact';
export { openingWords, pageHeader } from './subject';
export { timeline, type StepSource, type TimelineEntry } from './timeline';
export { CURRENT_VERSION } from './schema';
