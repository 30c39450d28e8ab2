import type { Conversation } from '../conversation/model';
import type { Guidance } from '../framework/guidance';
import type { NotesDb } from './db';
import { guardQuota } from './errors';
import { canonical, mergeRecords, sameJson } from './merge';
import {
  emptyRecord,
  InteractionRecord,
  NotesPatch,
  parseRecordId,
  type PhraseUse,
  type StepEntry,
  type TicketKey,
} from './model';
import { toRecord, toRow } from './schema';

const DAY_MS = 86_400_000;

/**
 * Merges `incoming` into the stored record inside one read-write transaction, so two tabs writing the same
 * ticket at once are applied one after the other and neither loses anything (see mergeRecords). A write
 * that changes nothing but the time is skipped: the background can call this on every update, cheaply.
 */
async function upsert(
  db: NotesDb,
  id: string,
  change: (current: InteractionRecord | undefined) => InteractionRecord,
): Promise<InteractionRecord> {
  return guardQuota(() =>
    db.transaction('rw', db.records, async () => {
      const row = await db.records.get(id);
      const current = row && toRecord(row);
      const incoming = change(current);
      const next = current ? mergeRecords(current, incoming) : canonical(incoming);
      if (current && sameJson({ ...next, updatedAt: current.updatedAt }, current)) return current;
      // Only valid records are ever stored, so every export re-imports.
      InteractionRecord.parse(next);
      await db.records.put(toRow(next));
      return next;
    }),
  );
}

export interface Sighting {
  /** When the conversation was read; defaults to now. */
  at?: Date;
  /** The page the ticket was seen on, to open it again from the notes view. */
  url?: string | null;
}

/**
 * Records what the engine saw in a conversation: the ticket, its subject and customer, the steps the agent's
 * replies performed and the customer signals. Idempotent, and never touches the agent's notes.
 */
export async function recordInteraction(
  db: NotesDb,
  conversation: Conversation,
  guidance: Guidance,
  sighting: Sighting = {},
): Promise<InteractionRecord> {
  const now = (sighting.at ?? new Date()).toISOString();
  // A message's own time when the helpdesk shows one, never later than now (the helpdesk's clock may be ahead).
  const times = new Map<string, string>();
  for (const m of conversation.messages) {
    const t = m.at && new Date(m.at).toISOString();
    if (t) times.set(m.id, t < now ? t : now);
  }
  const timeOf = (messageId: string) => times.get(messageId) ?? now;
  const record = emptyRecord({ helpdesk: conversation.helpdesk, ticketId: conversation.id }, now);
  return upsert(db, record.id, (current) => {
    // What this page does not show (yet) is still known from earlier readings.
    const url = sighting.url ?? current?.url ?? null;
    const subject = conversation.subject ?? current?.subject ?? null;
    const customerName = conversation.customer.name ?? current?.customerName ?? null;
    const unchanged = current?.url === url && current.subject === subject && current.customerName === customerName;
    return {
      ...record,
      url,
      subject,
      customerName,
      // A reading that changes nothing is not a change (and not a write).
      seenAt: unchanged ? current.seenAt : now,
      startedAt: [...times.values(), now].reduce((a, b) => (a < b ? a : b)),
      steps: guidance.completed.map(({ step, messageId, evidence }) => ({
        step,
        at: timeOf(messageId),
        messageId,
        evidence,
      })),
      signals: guidance.signals.map(({ kind, messageId, evidence }) => ({
        kind,
        at: timeOf(messageId),
        messageId,
        evidence,
      })),
    };
  });
}

/** Records that the agent inserted or copied a phrase on this ticket (a retried call is not counted twice). */
export async function recordPhraseUse(
  db: NotesDb,
  ticket: TicketKey,
  use: Omit<PhraseUse, 'at'>,
  at = new Date(),
): Promise<InteractionRecord> {
  const now = at.toISOString();
  const record = emptyRecord(ticket, now);
  return upsert(db, record.id, () => ({ ...record, phrases: [{ ...use, at: now }] }));
}

/** Trimmed, without empty or repeated tags (case-insensitively; the first spelling stays). */
export function normaliseTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw.trim().slice(0, 64).trim();
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

/**
 * Saves the agent's part. Each field in `patch` is stamped with `at` (the time of the edit, not of the
 * save) and wins over the stored field only if it is later, so a slow save from a stale tab cannot undo a
 * newer edit, and fields not in the patch stay as another tab wrote them. Creates the record if the
 * background has not yet. Writing the complaint, solution or outcome performs step 6, Document.
 */
export async function saveNotes(
  db: NotesDb,
  id: string,
  patch: NotesPatch,
  at = new Date(),
): Promise<InteractionRecord> {
  const now = at.toISOString();
  // `{ text: undefined }` means "not edited", never "erase".
  const parsed = Object.entries(NotesPatch.parse(patch)).filter(([, value]) => value !== undefined);
  const fields = Object.fromEntries(parsed) as NotesPatch;
  const record = emptyRecord(parseRecordId(id), now);
  const { status, tags, ...notes } = fields;
  if (status !== undefined) record.status = status;
  Object.assign(record.notes, notes, tags === undefined ? {} : { tags: normaliseTags(tags) });
  for (const field of Object.keys(fields) as Array<keyof NotesPatch>) record.editedAt[field] = now;
  if ([fields.complaint, fields.solution, fields.outcome].some((value) => value?.trim())) {
    const documented: StepEntry = { step: 'document', at: now, messageId: null, evidence: null };
    record.steps = [documented];
  }
  return upsert(db, id, () => record);
}

export async function getRecord(db: NotesDb, id: string): Promise<InteractionRecord | undefined> {
  const row = await db.records.get(id);
  return row && toRecord(row);
}

export async function deleteRecord(db: NotesDb, id: string): Promise<void> {
  await db.records.delete(id);
}

/** Deletes every record. The caller asks the agent to confirm first; there is no undo. */
export async function deleteAll(db: NotesDb): Promise<void> {
  await db.records.clear();
}

/**
 * Deletes records unchanged for `days` days, except those with a follow-up date still to come (the agent
 * said they would get back to that customer). Returns how many were deleted.
 */
export async function applyRetention(db: NotesDb, days: number, now = new Date()): Promise<number> {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Retention must be a whole number of days ≥ 1`);
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const today = localDate(now);
  return db.transaction('rw', db.records, async () => {
    const expired = await db.records
      .where('updatedAt')
      .below(cutoff)
      .filter((row) => !(row.notes.followUpDate !== null && row.notes.followUpDate >= today))
      .primaryKeys();
    await db.records.bulkDelete(expired);
    return expired.length;
  });
}

/** The agent's calendar date (follow-up dates are picked in local time). */
function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export interface StorageUse {
  records: number;
  /** Bytes the extension uses in all (not the notes alone), and may use; null where the browser won't say. */
  usage: number | null;
  quota: number | null;
}

export async function storageUsed(db: NotesDb): Promise<StorageUse> {
  const records = await db.records.count();
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const estimate = storage?.estimate ? await storage.estimate() : {};
  return { records, usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}
