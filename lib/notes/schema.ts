// Every schema version the notes database has had, oldest first, each with the upgrade from the one before.
// Never edit or remove a version once it has shipped: a browser may still hold a database at any of them.
// Adding one: append it here, add tests/fixtures/notes/v<n>.json (rows as that version stores them) and a
// projection in tests/unit/notes/migrations.test.ts proving the upgrade loses nothing.
import type { Table, Transaction } from 'dexie';
import type { SignalKind } from '../framework/guidance';
import type { StepId } from '../framework/steps';
import { recordId } from './key';
import { accountFromLink } from './link';
import { EDITABLE, type EditedAt, type InteractionRecord, type PhraseUse, type SignalEntry } from './model';
import { searchWords, type Searched } from './words';

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

/** The two derived fields kept in step with a record on every write, for the multiEntry indexes. */
interface IndexFields {
  /** Search tokens (words.ts). */
  words: string[];
  /** The kinds among `signals`: IndexedDB cannot index a field inside array items. */
  signalKinds: SignalKind[];
}

/** A phrase use before v4: without the words inserted. */
export type V3PhraseUse = Omit<PhraseUse, 'text'>;

/** v3 rows: the record without the opening words and the phrases' text, plus the index fields. */
export type V3Row = Omit<InteractionRecord, 'opening' | 'phrases'> & { phrases: V3PhraseUse[] } & IndexFields;

/** v2 rows: a v3 row without its account (ids were `<helpdesk>:<ticketId>`). */
export type V2Row = Omit<V3Row, 'account'>;

/** v4 rows (current): the record, opening words and phrase texts included, plus the index fields. */
export type Row = InteractionRecord & IndexFields;

export function toRow<R extends Searched & Pick<InteractionRecord, 'signals'>>(record: R): R & IndexFields {
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
export function upgradeV1(row: V1Row): V2Row {
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

/**
 * v2 → v3: the account joins the record and its id. It is the one the stored link names when the link is
 * this ticket's page (helpdeskPage(url).account, see link.ts); otherwise it stays unknown (`zendesk::4211`),
 * and a link that is not the ticket's page, which "Open ticket" must never open, is dropped.
 */
export function upgradeV2(row: V2Row): V3Row {
  const account = accountFromLink(row.url, row);
  const ticket = { helpdesk: row.helpdesk, account, ticketId: row.ticketId };
  const { id: _oldId, helpdesk, ...rest } = row;
  return { id: recordId(ticket), helpdesk, account, ...rest, url: account === null ? null : row.url };
}

/** Replaces the rows under `keys` by their upgrades (new ids): read, delete, add, in the upgrade transaction. */
async function rekey(table: Table<V2Row | V3Row, string>, keys: string[]): Promise<void> {
  const rows = await table.bulkGet(keys);
  await table.bulkDelete(keys);
  await table.bulkAdd(rows.flatMap((row) => (row ? [upgradeV2(row as V2Row)] : [])));
}

const REKEY_BATCH = 500;

/**
 * Every v2 id is `<helpdesk>:<ticketId>`; every v3 id has a second colon. So a new id can only equal an old
 * one not yet upgraded if that old id has two colons (a ticket id holding one): those are upgraded first,
 * all together; the rest, in batches, can then never collide. Rows are re-keyed, never modified in place
 * (IndexedDB cannot change a primary key), and a collision would abort the upgrade, not lose a row.
 */
async function upgradeToV3(tx: Transaction): Promise<void> {
  const table = tx.table<V2Row | V3Row, string>('records');
  const keys = await table.toCollection().primaryKeys();
  const colons = (key: string) => key.split(':').length - 1;
  await rekey(
    table,
    keys.filter((key) => colons(key) > 1),
  );
  const plain = keys.filter((key) => colons(key) === 1);
  for (let i = 0; i < plain.length; i += REKEY_BATCH) await rekey(table, plain.slice(i, i + REKEY_BATCH));
}

/**
 * v3 → v4: nothing was read before v4 that it now keeps, so the opening words are unknown (null, shown as
 * not recorded) and so is the text of every phrase use. The search words are the same: opening is null.
 */
export function upgradeV3(row: V3Row): Row {
  return toRow({ ...row, opening: null, phrases: row.phrases.map((p) => ({ ...p, text: null })) });
}

const V2_STORES = { records: 'id, updatedAt, startedAt, helpdesk, status, *notes.tags, *signalKinds, *words' };

export const VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: { records: 'id, updatedAt, helpdesk, status, *notes.tags' } },
  {
    version: 2,
    stores: V2_STORES,
    upgrade: (tx) =>
      tx
        .table<V1Row | V2Row, string>('records')
        .toCollection()
        .modify((row, ref) => {
          ref.value = upgradeV1(row as V1Row);
        }),
  },
  // Same indexes; the account joins the key (key.ts).
  { version: 3, stores: V2_STORES, upgrade: upgradeToV3 },
  // Same indexes; the opening words join the record and each phrase use keeps its text.
  {
    version: 4,
    stores: V2_STORES,
    upgrade: (tx) =>
      tx
        .table<V3Row | Row, string>('records')
        .toCollection()
        .modify((row, ref) => {
          ref.value = upgradeV3(row as V3Row);
        }),
  },
];

export const CURRENT_VERSION = VERSIONS[VERSIONS.length - 1]!.version;
