import type { NotesDb } from '../db';
import { hasRedaction, type Redaction } from '../redact';
import { toBlob } from './blob';
import { csvExport } from './csv';
import { jsonExport } from './json';
import { markdownExport, type MarkdownText } from './markdown';
import { readSelection, redacting, type Selection } from './select';

interface Common {
  selection: Selection;
  redaction?: Redaction;
  now?: Date;
  /** The agent's name for a JSON export's `agent` (a lead's roll-up labels records with it). */
  agent?: string | null;
}

/** JSON re-imports (unless redacted); CSV is for spreadsheets; Markdown for tickets and reports. */
export type ExportRequest = Common & ({ format: 'json' | 'csv' } | { format: 'markdown'; text: MarkdownText });
export type ExportFormat = ExportRequest['format'];

const TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
};
const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', markdown: 'md' };

/** The export as text chunks: write them to a file stream, or hand them to `toBlob`. */
export function exportChunks(db: NotesDb, request: ExportRequest): AsyncGenerator<string> {
  const { selection, redaction, now = new Date(), agent } = request;
  const read = readSelection(db, selection);
  const redacted = hasRedaction(redaction);
  const records = redacted ? redacting(read, redaction!) : read;
  switch (request.format) {
    case 'json':
      return jsonExport(records, { exportedAt: now.toISOString(), redacted, agent });
    case 'csv':
      return csvExport(records);
    case 'markdown':
      return markdownExport(records, request.text);
  }
}

export function exportFilename(request: ExportRequest): string {
  const { selection, now = new Date() } = request;
  const what =
    selection.kind === 'one' ? selection.id.replace(/[^\p{L}\p{N}-]+/gu, '-') : now.toISOString().slice(0, 10);
  return `steadyhand-notes-${what}.${EXTENSIONS[request.format]}`;
}

/** The export as a file to download. */
export async function exportNotes(db: NotesDb, request: ExportRequest): Promise<{ blob: Blob; filename: string }> {
  const blob = await toBlob(exportChunks(db, request), TYPES[request.format]);
  return { blob, filename: exportFilename(request) };
}
