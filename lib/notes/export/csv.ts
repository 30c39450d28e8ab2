import Papa from 'papaparse';
import type { InteractionRecord } from '../model';

/**
 * One row per interaction. Headers are the record's field names: stable for QA sheets that read them (new
 * columns go at the end). `phrasesUsed` counts the uses; `phraseTexts` lists their words.
 */
export const CSV_COLUMNS = [
  'id',
  'helpdesk',
  'ticketId',
  'url',
  'subject',
  'customerName',
  'status',
  'startedAt',
  'updatedAt',
  'complaint',
  'solution',
  'outcome',
  'followUpDate',
  'tags',
  'text',
  'steps',
  'signals',
  'phrasesUsed',
  'phraseTexts',
  'opening',
] as const;

// OWASP CSV injection: a cell starting with = + - @ tab or CR is a formula to a spreadsheet, so it gets a
// leading apostrophe (shown as text, never run). papaparse's own default pattern (`^[=+\-@\t\r].*$`) misses
// cells with a line break after the trigger, so the pattern is ours. Every cell is quoted as well.
export const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

const CONFIG = { quotes: true, escapeFormulae: FORMULA_TRIGGER, newline: '\r\n' };

function cells(r: InteractionRecord): string[] {
  return [
    r.id,
    r.helpdesk,
    r.ticketId,
    r.url ?? '',
    r.subject ?? '',
    r.customerName ?? '',
    r.status,
    r.startedAt,
    r.updatedAt,
    r.notes.complaint,
    r.notes.solution,
    r.notes.outcome,
    r.notes.followUpDate ?? '',
    r.notes.tags.join(', '),
    r.notes.text,
    r.steps.map((s) => s.step).join(', '),
    [...new Set(r.signals.map((s) => s.kind))].join(', '),
    String(r.phrases.length),
    phraseTexts(r),
    r.opening ?? '',
  ];
}

/**
 * The words of each phrase use, in time order, as a JSON array of strings (null: not recorded). A phrase may
 * hold commas, quotes and line breaks, so no separator could be told from its text; JSON keeps every one
 * apart, reads back with any JSON parser, and starts with `[`, never a formula trigger. Empty when none.
 */
function phraseTexts(r: InteractionRecord): string {
  return r.phrases.length ? JSON.stringify(r.phrases.map((p) => p.text ?? null)) : '';
}

/** UTF-8 with a byte-order mark (Excel reads accents wrongly without it), CRLF as RFC 4180 says. */
export async function* csvExport(chunks: AsyncIterable<InteractionRecord[]>): AsyncGenerator<string> {
  const fields = [...CSV_COLUMNS];
  yield '\uFEFF' + Papa.unparse({ fields, data: [] }, CONFIG);
  for await (const records of chunks) {
    if (records.length) yield Papa.unparse({ fields, data: records.map(cells) }, { ...CONFIG, header: false }) + '\r\n';
  }
}
