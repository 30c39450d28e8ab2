import type { z } from 'zod/mini';
import type { NotesDb } from './db';
import { guardQuota } from './errors';
import { canonical, mergeRecords, sameJson } from './merge';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportEnvelope, type InteractionRecord } from './model';
import { type Row, toRecord, toRow } from './schema';

export type ParseResult = { ok: true; records: InteractionRecord[] } | { ok: false; errors: string[] };
export type ImportResult =
  { ok: true; added: number; updated: number; unchanged: number } | { ok: false; errors: string[] };

const BATCH = 1000;

/** Checks a JSON export completely; every problem is listed, each with where it is in the file. */
export function parseExport(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`Not a JSON file: ${(error as Error).message}`);
  }
  // Recognise the file before checking it in detail: the wrong file gets one clear error, not thousands.
  const head = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (head.format !== EXPORT_FORMAT) return fail(`Not a Steadyhand notes export (no "format": "${EXPORT_FORMAT}").`);
  if (head.version !== EXPORT_VERSION) {
    const newer = typeof head.version === 'number' && head.version > EXPORT_VERSION;
    return fail(
      newer
        ? `This export was made by a newer Steadyhand (format version ${head.version}); update Steadyhand to import it.`
        : `Unknown export format version: ${JSON.stringify(head.version)}.`,
    );
  }
  const parsed = ExportEnvelope.safeParse(data);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(describe) };
  if (parsed.data.redacted) {
    return fail('This export is redacted: importing it would replace notes with placeholders such as [email].');
  }
  const errors: string[] = [];
  const firstIndex = new Map<string, number>();
  parsed.data.records.forEach(({ id }, i) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else errors.push(`records[${i}].id: "${id}" is already records[${first}]`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, records: parsed.data.records.map(canonical) };
}

/**
 * Imports a JSON export: all of it in one transaction, or nothing if the file has any error (or storage
 * runs out: QuotaError). Each record is merged with the stored one of the same id (mergeRecords: the newer
 * edit of each field wins, nothing recorded is dropped), so importing the same file twice changes nothing.
 */
export async function importNotes(db: NotesDb, text: string): Promise<ImportResult> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  const { records } = parsed;
  return guardQuota(() =>
    db.transaction('rw', db.records, async () => {
      const counts = { added: 0, updated: 0, unchanged: 0 };
      for (let i = 0; i < records.length; i += BATCH) {
        const batch = records.slice(i, i + BATCH);
        const stored = await db.records.bulkGet(batch.map((r) => r.id));
        const puts: Row[] = [];
        batch.forEach((incoming, k) => {
          const row = stored[k];
          if (!row) {
            counts.added++;
            puts.push(toRow(incoming));
            return;
          }
          const current = toRecord(row);
          const next = mergeRecords(current, incoming);
          if (sameJson(next, current)) {
            counts.unchanged++;
          } else {
            counts.updated++;
            puts.push(toRow(next));
          }
        });
        await db.records.bulkPut(puts);
      }
      return { ok: true as const, ...counts };
    }),
  );
}

const fail = (error: string): ParseResult => ({ ok: false, errors: [error] });

function path(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${String(s)}` : String(s)),
    '',
  );
}

const FORMATS: Record<string, string> = {
  datetime: 'a time like 2024-05-01T09:30:00.000Z',
  date: 'a date like 2024-05-01',
  url: 'a web address (http or https)',
};

/** zod/mini carries no English messages: say what was expected, from the issue itself. */
function describe(issue: z.core.$ZodIssue): string {
  const where = path(issue.path) || '(file)';
  switch (issue.code) {
    case 'invalid_type':
      return `${where}: expected ${issue.expected}`;
    case 'invalid_value':
      return `${where}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return `${where}: expected ${FORMATS[issue.format] ?? issue.format}`;
    case 'too_small':
      return `${where}: ${issue.minimum === 1 ? 'must not be empty' : `must have at least ${issue.minimum}`}`;
    case 'too_big':
      return `${where}: must have at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    default:
      return `${where}: ${issue.message}`;
  }
}
