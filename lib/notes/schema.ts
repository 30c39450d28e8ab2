// Every schema version the notes database has had, oldest first, each with the upgrade from the one before.
// Never edit or remove a version once it has shipped: a browser may still hold a database at any of them.
// Adding one: append it here, add tests/fixtures/notes/v<n>.json (rows as that version stores them) and a
// projection in tests/unit/notes/migrations.test.ts proving the upgrade loses nothing.
import type { Transaction } from 'dexie';
import type { SignalKind } from '../framework/guidance';
import type { StepId } from '../framework/steps';
import { EDITABLE, type EditedAt, type InteractionRecord, type PhraseUse, type SignalEntry } from './model';
import { searchWords } from './words';

export interface SchemaVersion {
  version: number;
  /** Dexie's store syntax: primary key first, `*` marks a multiEntry index. */
  stores: Record<string, string>;
  /** Rewrites the rows of the version before; runs inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/** v1 rows: the record without per-field edit times or step evidence, and no search index. */
export interface V1Row {
  id: string;
  helpdesk: InteractionRecord['helpdesk'];
  ticketId: string;
  url: string | null;
  subject: string | null;
  customerName: string | null;
  startedAt: string;
  updatedAt: string;
  status: InteractionRecord['status'];
  steps: Array<{ step: StepId; at: string; messageId: string | null }>;
  signals: SignalEntry[];
  phrases: PhraseUse[];
  notes: InteractionRecord['notes'];
}

/**
 * v2 rows (current): the record plus two derived fields kept in step on every write, for the multiEntry
 * indexes: `words` (search tokens) and `signalKinds` (IndexedDB cannot index a field inside array items).
 */
export type Row = InteractionRecord & { words: string[]; signalKinds: SignalKind[] };

export function toRow(record: InteractionRecord): Row {
  return { ...record, words: searchWords(record), signalKinds: [...new Set(record.signals.map((s) => s.kind))] };
}

export function toRecord(row: Row): InteractionRecord {
  const { words: _words, signalKinds: _signalKinds, ...record } = row;
  return record;
}

const DEFAULTS: Record<(typeof EDITABLE)[number], unknown> = {
  status: 'open',
  complaint: '',
  solution: '',
  outcome: '',
  followUpDate: null,
  tags: [],
  text: '',
};

/** v1 → v2: a field the agent had filled counts as edited, and the header as read, when the record last changed. */
export function upgradeV1(row: V1Row): Row {
  const value = (field: (typeof EDITABLE)[number]) => (field === 'status' ? row.status : row.notes[field]);
  const editedAt = Object.fromEntries(
    EDITABLE.map((f) => [f, JSON.stringify(value(f)) === JSON.stringify(DEFAULTS[f]) ? null : row.updatedAt]),
  ) as EditedAt;
  const seen = row.url !== null || row.subject !== null || row.customerName !== null;
  return toRow({
    ...row,
    seenAt: seen ? row.updatedAt : null,
    steps: row.steps.map((s) => ({ ...s, evidence: null })),
    editedAt,
  });
}

export const VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: { records: 'id, updatedAt, helpdesk, status, *notes.tags' } },
  {
    version: 2,
    stores: { records: 'id, updatedAt, startedAt, helpdesk, status, *notes.tags, *signalKinds, *words' },
    upgrade: (tx) =>
      tx
        .table<V1Row | Row, string>('records')
        .toCollection()
        .modify((row, ref) => {
          ref.value = upgradeV1(row as V1Row);
        }),
  },
];

export const CURRENT_VERSION = VERSIONS[VERSIONS.length - 1]!.version;
