import { parseExport } from '../notes/import';
import type { ImportChange, ImportProblem } from '../notes/import-issues';
import { mergeRecords } from '../notes/merge';
import type { RollupDb } from './db';
import { type LabelledRecord, labelRecord, RollupRow, RollupSource, rowKey, SourceFile } from './model';

/** A roll-up file's problem: the notes import's, or a file name the roll-up cannot key its records by. */
export type RollupProblem = ImportProblem | { code: 'file-name'; name: string };

/** `notices`/`errors` in English, `changes`/`problems` as codes for the page to word (lib/notes import.ts). */
export type RollupImport =
  | { ok: true; source: RollupSource; notices: string[]; changes: ImportChange[] }
  | { ok: false; errors: string[]; problems: RollupProblem[] };

/**
 * Imports one agent's JSON export into the roll-up, checked as the notes import checks it (lib/notes
 * `parseExport`; redacted files are accepted, the records are only read). Importing a file of the same name
 * again replaces what it brought before. Nothing is written to the notes database.
 */
export async function importExport(
  db: RollupDb,
  fileName: string,
  text: string,
  now = new Date(),
): Promise<RollupImport> {
  const name = SourceFile.safeParse(fileName);
  if (!name.success) {
    const errors = [`Not a usable file name: ${JSON.stringify(fileName)}`];
    return { ok: false, errors, problems: [{ code: 'file-name', name: fileName }] };
  }
  const parsed = parseExport(text, now, { readOnly: true });
  if (!parsed.ok) return parsed;
  const sourceFile = name.data;
  const importedAt = now.toISOString();
  const agent = parsed.agent ?? sourceFile.replace(/\.json$/i, '');
  const rows = parsed.records.map((record) =>
    RollupRow.parse({ key: rowKey(sourceFile, record.id), sourceFile, agent, importedAt, record }),
  );
  const source = RollupSource.parse({
    sourceFile,
    agent,
    importedAt,
    records: rows.length,
    redacted: parsed.redacted,
  });
  await db.transaction('rw', db.rows, db.sources, async () => {
    await db.rows.where('sourceFile').equals(sourceFile).delete();
    await db.rows.bulkPut(rows);
    await db.sources.put(source);
  });
  return { ok: true, source, notices: parsed.notices, changes: parsed.changes };
}

/** Removes a file's records from the roll-up (and only them). */
export async function removeSource(db: RollupDb, sourceFile: string): Promise<void> {
  await db.transaction('rw', db.rows, db.sources, async () => {
    await db.rows.where('sourceFile').equals(sourceFile).delete();
    await db.sources.delete(sourceFile);
  });
}

/** The imported files, in the order they were imported; each checked, a row that fails is left out. */
export async function listSources(db: RollupDb): Promise<RollupSource[]> {
  const rows = await db.sources.toArray();
  return rows
    .flatMap((row) => {
      const parsed = RollupSource.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.sourceFile.localeCompare(b.sourceFile));
}

/**
 * Every roll-up record, labelled with its agent. The same ticket from one agent in two files (two weekly
 * exports that overlap) is one record, merged as the notes import merges; from two agents it stays two.
 */
export async function rollupRecords(db: RollupDb): Promise<LabelledRecord[]> {
  const byAgentTicket = new Map<string, LabelledRecord>();
  await db.rows.each((row) => {
    const key = `${row.agent}\u0000${row.record.id}`;
    const seen = byAgentTicket.get(key);
    byAgentTicket.set(key, labelRecord(seen ? mergeRecords(seen, row.record) : row.record, row.agent));
  });
  return [...byAgentTicket.values()];
}
