import { EXPORT_FORMAT, EXPORT_VERSION, type InteractionRecord } from '../model';

export interface JsonMeta {
  exportedAt: string;
  redacted: boolean;
  /** The agent's name, written only when set: a team lead's roll-up labels the records with it. */
  agent?: string | null;
}

/**
 * The export envelope (model.ts `ExportEnvelope`), written a chunk of records at a time so a large export
 * never sits in memory as one string. One record per line, for diffs and for people who open the file.
 */
export async function* jsonExport(chunks: AsyncIterable<InteractionRecord[]>, meta: JsonMeta): AsyncGenerator<string> {
  const agent = meta.agent?.trim() ? { agent: meta.agent.trim() } : {};
  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: meta.exportedAt,
    redacted: meta.redacted,
    ...agent,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"records":[`;
  let first = true;
  for await (const records of chunks) {
    if (!records.length) continue;
    yield (first ? '\n' : ',\n') + records.map((record) => JSON.stringify(record)).join(',\n');
    first = false;
  }
  yield '\n]}\n';
}
