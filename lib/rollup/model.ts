// A lead's team roll-up (issue 14): agents' JSON exports, imported for insights only. The records are kept
// apart from the lead's own notes (their own database) and are never merged into them.
import { z } from 'zod/mini';
import { Instant, InteractionRecord } from '../notes/model';

/** A file name as the lead's computer gave it: the source a record came from, and what removes it again. */
export const SourceFile = z.string().check(z.minLength(1), z.maxLength(260));

/** One imported record, labelled with where it came from. */
export const RollupRow = z.strictObject({
  /** `rowKey(sourceFile, record.id)`: the same ticket in two agents' files stays two rows. */
  key: z.string(),
  sourceFile: SourceFile,
  /** The export's agent name, else the file's name. */
  agent: z.string().check(z.minLength(1)),
  importedAt: Instant,
  record: InteractionRecord,
});
export type RollupRow = z.infer<typeof RollupRow>;

/** One imported file, as the source list shows it. */
export const RollupSource = z.strictObject({
  sourceFile: SourceFile,
  agent: z.string().check(z.minLength(1)),
  importedAt: Instant,
  records: z.number().check(z.int(), z.nonnegative()),
  /** A redacted export: fine for insights, which never write its placeholders anywhere. */
  redacted: z.boolean(),
});
export type RollupSource = z.infer<typeof RollupSource>;

/** A roll-up record as insights read it (`InsightRecord` in lib/insights), labelled with its agent. */
export type LabelledRecord = InteractionRecord & { agent: string };

/**
 * A record labelled with its agent. The name goes first on purpose: V8 gives every object built as
 * `{ ...record, agent }` a hidden class of its own, so each of 100,000 roll-up records would have one and
 * every field computeInsights reads would take the engine's slow path (`npm run bench` measures records
 * labelled here). Records built as `{ agent, ...record }` share one.
 */
export const labelRecord = (record: InteractionRecord, agent: string): LabelledRecord => ({ agent, ...record });

/** The key of a row: the file and the record's id, split by a character neither can hold. */
export const rowKey = (sourceFile: string, recordId: string): string => `${sourceFile}\u0000${recordId}`;
