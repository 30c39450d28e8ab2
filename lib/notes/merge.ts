import { STEPS } from '../framework/steps';
import {
  EDITABLE,
  type EditableField,
  type EditedAt,
  type InteractionRecord,
  type PhraseUse,
  type SignalEntry,
  type StepEntry,
} from './model';

/**
 * Joins two versions of the same record (two tabs, a record and an import). The join is commutative,
 * associative and idempotent, so the order writes arrive in never matters and a second import changes
 * nothing:
 * - lists are unions (a step keeps its first time; a signal is one per kind and message; phrase uses are
 *   events), so nothing recorded by either side is dropped;
 * - each editable field is last-write-wins on its own `editedAt` time, so a tab that saved only the
 *   outcome never undoes the complaint another tab saved;
 * - link, subject, customer name and opening words, read from the page together, come together from the
 *   later reading; a header that knows none of them never wins over one that knows some (a record made by
 *   saving notes before any reading, or an imported one never read, keeps its link, subject and customer).
 */
export function mergeRecords(a: InteractionRecord, b: InteractionRecord): InteractionRecord {
  const seen = compareHeader(a, b) >= 0 ? a : b;
  const pick = (field: EditableField) => newerField(a, b, field);
  return {
    id: a.id,
    helpdesk: a.helpdesk,
    account: a.account,
    ticketId: a.ticketId,
    url: seen.url,
    subject: seen.subject,
    customerName: seen.customerName,
    opening: seen.opening,
    seenAt: seen.seenAt,
    startedAt: a.startedAt < b.startedAt ? a.startedAt : b.startedAt,
    updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
    status: pick('status').status,
    steps: union(a.steps, b.steps, (s) => s.step, byStepTime),
    signals: union(
      a.signals,
      b.signals,
      (s) => `${s.kind}\u0000${s.messageId === null ? `@${s.at}` : `#${s.messageId}`}`,
      bySignalTime,
    ),
    // JSON, not a join on a separator: imported ids may hold any character, NUL included.
    // One use is one time, phrase and action: the words are what was known of it (kept when either side has them).
    phrases: union(a.phrases, b.phrases, (p) => JSON.stringify(phraseTuple(p).slice(0, 5)), byPhraseTime),
    notes: {
      complaint: pick('complaint').notes.complaint,
      solution: pick('solution').notes.solution,
      outcome: pick('outcome').notes.outcome,
      followUpDate: pick('followUpDate').notes.followUpDate,
      tags: pick('tags').notes.tags,
      text: pick('text').notes.text,
    },
    editedAt: Object.fromEntries(EDITABLE.map((f) => [f, later(a.editedAt[f], b.editedAt[f])])) as EditedAt,
  };
}

/** What is read from the page together: the link, the subject, the customer, the opening words. */
export type Header = Pick<InteractionRecord, 'url' | 'subject' | 'customerName' | 'opening'>;

/**
 * A newer header with what it lacks taken from a known one: a page (or an imported record) that does not
 * show a value does not know it, so nothing known is ever replaced by nothing.
 */
export function withKnown<T extends Header>(header: T, known: Header | undefined): T {
  return {
    ...header,
    url: header.url ?? known?.url ?? null,
    subject: header.subject ?? known?.subject ?? null,
    customerName: header.customerName ?? known?.customerName ?? null,
    opening: header.opening ?? known?.opening ?? null,
  };
}

/** The record with duplicates removed and lists in their canonical order: what the database stores. */
export const canonical = (record: InteractionRecord) => mergeRecords(record, record);

function fieldValue(record: InteractionRecord, field: EditableField): unknown {
  return field === 'status' ? record.status : record.notes[field];
}

/** The side whose edit of `field` is later; on a tie (a malformed import) the larger value, so both sides agree. */
function newerField(a: InteractionRecord, b: InteractionRecord, field: EditableField): InteractionRecord {
  const ta = a.editedAt[field] ?? '';
  const tb = b.editedAt[field] ?? '';
  if (ta !== tb) return ta > tb ? a : b;
  return JSON.stringify(fieldValue(a, field)) >= JSON.stringify(fieldValue(b, field)) ? a : b;
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * Order of headers: one that knows something first, then the later reading, then (a tie only a malformed
 * import can make) the larger value. A total order, so picking the larger keeps the merge a join.
 */
const knows = (r: Header) =>
  r.url !== null || r.subject !== null || r.customerName !== null || (r.opening ?? null) !== null;
const header = (r: InteractionRecord) => [
  knows(r) ? '1' : '0',
  r.seenAt ?? '',
  JSON.stringify([r.url, r.subject, r.customerName, r.opening ?? null]),
  absent(r.opening),
];
const compareHeader = (a: InteractionRecord, b: InteractionRecord) => compareTuples(header(a), header(b));

const compareText = (a: string, b: string) => (a === b ? 0 : a > b ? 1 : -1);

/** One entry per key (the smallest by `order`), sorted by `order`. */
function union<T>(a: T[], b: T[], key: (item: T) => string, order: (x: T, y: T) => number): T[] {
  const kept = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const k = key(item);
    const seen = kept.get(k);
    if (!seen || order(item, seen) < 0) kept.set(k, item);
  }
  return [...kept.values()].sort(order);
}

// Every comparison ends on all of the entry's fields: entries that differ at all never compare equal, which
// keeps the union independent of argument order (and of the key order an imported file used).
const opt = (v: string | null) => (v === null ? '' : `=${v}`);
const stepTuple = (s: StepEntry) => [s.at, String(STEPS[s.step].number), s.step, opt(s.messageId), opt(s.evidence)];
const signalTuple = (s: SignalEntry) => [s.at, s.kind, opt(s.messageId), opt(s.evidence)];
// A field added in v4 may be absent (older records, format 2 files) or null: both mean "not recorded", but
// the two entries still differ, so they must not compare equal (absent sorts last).
const absent = (v: unknown) => (v === undefined ? '1' : '0');
// Of two entries for one use, the one with its words sorts first, so the union keeps them.
const phraseTuple = (p: PhraseUse) => [
  p.at,
  p.packId,
  p.phraseId,
  p.step,
  p.action,
  p.text == null ? '1' : '0',
  p.text ?? '',
  absent(p.text),
];
const byStepTime = (x: StepEntry, y: StepEntry) => compareTuples(stepTuple(x), stepTuple(y));
const bySignalTime = (x: SignalEntry, y: SignalEntry) => compareTuples(signalTuple(x), signalTuple(y));
const byPhraseTime = (x: PhraseUse, y: PhraseUse) => compareTuples(phraseTuple(x), phraseTuple(y));

function compareTuples(x: string[], y: string[]): number {
  for (let i = 0; i < x.length; i++) {
    const c = compareText(x[i]!, y[i]!);
    if (c) return c;
  }
  return 0;
}

/**
 * Deep equality of JSON-like values (records read back from IndexedDB may order keys differently). As in
 * JSON, a key whose value is undefined is no key at all (an optional field a merge carried over as absent).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const defined = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const ka = defined(a);
  const kb = defined(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
