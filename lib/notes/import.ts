import { clampImported, settleFuture } from './clock';
import type { NotesDb } from './db';
import { guardQuota } from './errors';
import { parseJson } from '../json-syntax';
import { englishChange, englishProblem, type ImportChange, type ImportProblem, problemOf } from './import-issues';
import { ExportEnvelopeV1, fromV1 } from './import-v1';
import { ticketLink } from './link';
import { canonical, mergeRecords, sameJson, withKnown } from './merge';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportEnvelope,
  ExportEnvelopeV2,
  type ExportedRecord,
  InteractionRecord,
} from './model';
import { type Row, toRecord, toRow } from './schema';

/**
 * `notices`: what the import changed on the way in (a link dropped, times clamped), one English line each;
 * `changes`: the same as codes, for a page to word. `errors` and `problems`: every problem, likewise.
 * `agent`: the exporting agent's name, when the file names one; `redacted`: whether the file says it is.
 */
export type ParseResult =
  | {
      ok: true;
      records: InteractionRecord[];
      notices: string[];
      changes: ImportChange[];
      agent: string | null;
      redacted: boolean;
    }
  | Refused;
/** `readOnly`: the records are only read (a lead's insights roll-up), so a redacted export is accepted. */
export interface ParseOptions {
  readOnly?: boolean;
}
type FileContents = { ok: true; records: ExportedRecord[]; agent: string | null; redacted: boolean };
export type ImportResult =
  { ok: true; added: number; updated: number; unchanged: number; notices: string[]; changes: ImportChange[] } | Refused;

const BATCH = 1000;

/**
 * The file's records under today's format (version 1 files are converted; version 2 ones lack only fields
 * that read as not recorded), or every problem found.
 */
function readFile(text: string, readOnly: boolean): FileContents | Refused {
  const json = parseJson(text);
  if (!json.ok) return fail({ code: 'not-json', at: json.at, detail: json.detail });
  const data = json.value;
  // Recognise the file before checking it in detail: the wrong file gets one clear error, not thousands.
  const head = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  if (head.format !== EXPORT_FORMAT) return fail({ code: 'not-export' });
  if (head.version !== EXPORT_VERSION && head.version !== 2 && head.version !== 1) {
    return fail(
      typeof head.version === 'number' && head.version > EXPORT_VERSION
        ? { code: 'newer-version', version: head.version }
        : { code: 'unknown-version', version: String(JSON.stringify(head.version)) },
    );
  }
  const envelope = head.version === 1 ? ExportEnvelopeV1 : head.version === 2 ? ExportEnvelopeV2 : ExportEnvelope;
  const parsed = envelope.safeParse(data);
  if (!parsed.success) return refused(parsed.error.issues.map(problemOf));
  if (parsed.data.redacted && !readOnly) return fail({ code: 'redacted' });
  const { records, redacted } = parsed.data;
  const agent = ('agent' in parsed.data && parsed.data.agent?.trim()) || null;
  return {
    ok: true,
    agent,
    redacted,
    records: records.map((record) => ('account' in record ? record : fromV1(record))),
  };
}

/**
 * The record as it may be stored, and what had to change: a link that is not the ticket's own page is
 * dropped (the notes page opens it), times past the clock are clamped (clock.ts).
 */
function admit(
  record: ExportedRecord,
  index: number,
  now: Date,
): { record: InteractionRecord; changes: ImportChange[] } {
  const changes: ImportChange[] = [];
  const { id } = record;
  const url = ticketLink(record);
  if (record.url !== null && url !== record.url) changes.push({ code: 'link-dropped', index, id, url: record.url });
  const { record: clamped, moved } = clampImported(canonical({ ...record, url }), now);
  if (moved) changes.push({ code: 'times-clamped', index, id, count: moved });
  return { record: InteractionRecord.parse(clamped), changes };
}

/** Checks a JSON export completely; every problem is listed, each with where it is in the file. */
export function parseExport(text: string, now = new Date(), options: ParseOptions = {}): ParseResult {
  const file = readFile(text, options.readOnly ?? false);
  if (!file.ok) return file;
  const problems: ImportProblem[] = [];
  const changes: ImportChange[] = [];
  const records: InteractionRecord[] = [];
  const firstIndex = new Map<string, number>();
  file.records.forEach((record, i) => {
    const first = firstIndex.get(record.id);
    if (first !== undefined)
      return problems.push({ code: 'duplicate-id', path: `records[${i}].id`, id: record.id, first });
    firstIndex.set(record.id, i);
    const admitted = admit(record, i, now);
    records.push(admitted.record);
    changes.push(...admitted.changes);
  });
  const { agent, redacted } = file;
  if (problems.length) return refused(problems);
  return { ok: true, records, notices: changes.map(englishChange), changes, agent, redacted };
}

/**
 * Imports a JSON export: all of it in one transaction, or nothing if the file has any error (or storage
 * runs out: QuotaError). Each record is merged with the stored one of the same id (mergeRecords: the newer
 * edit of each field wins, nothing recorded is dropped, a header the file lacks is kept from the stored
 * one), so importing the same file twice changes nothing.
 */
export async function importNotes(db: NotesDb, text: string, now = new Date()): Promise<ImportResult> {
  const parsed = parseExport(text, now);
  if (!parsed.ok) return parsed;
  const { records, notices, changes } = parsed;
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
          // As every write does (records.ts): what is stored past the clock is settled before it competes.
          const next = mergeRecords(settleFuture(current, now), withKnown(incoming, current));
          if (sameJson(next, current)) {
            counts.unchanged++;
          } else {
            counts.updated++;
            puts.push(toRow(next));
          }
        });
        await db.records.bulkPut(puts);
      }
      return { ok: true as const, ...counts, notices, changes };
    }),
  );
}

/** `errors`: every problem in English, one line each; `problems`: the same as codes, for a page to word. */
type Refused = { ok: false; errors: string[]; problems: ImportProblem[] };
const refused = (problems: ImportProblem[]): Refused => ({ ok: false, errors: problems.map(englishProblem), problems });
const fail = (problem: ImportProblem): Refused => refused([problem]);
