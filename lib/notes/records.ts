import type { Conversation } from '../conversation/model';
import type { Guidance } from '../framework/guidance';
import type { NotesDb } from './db';
import { settleFuture } from './clock';
import { guardQuota } from './errors';
import { parseRecordId, type TicketKey, ticketOf } from './key';
import { ticketLink } from './link';
import { canonical, mergeRecords, sameJson, withKnown } from './merge';
import { emptyRecord, InteractionRecord, NotesPatch, type PhraseUse, type StepEntry } from './model';
import { toRecord, toRow } from './schema';
import { pageHeader } from './subject';

/**
 * Merges `incoming` into the stored record inside one read-write transaction, so two tabs writing the same
 * ticket at once are applied one after the other and neither loses anything (see mergeRecords). What the
 * write finds dated after now is settled first (clock.ts), so a time that cannot be real never beats it.
 * A write that changes nothing but the time is skipped: the background can call this on every update.
 */
async function upsert(
  db: NotesDb,
  id: string,
  change: (current: InteractionRecord | undefined) => InteractionRecord,
): Promise<InteractionRecord> {
  return guardQuota(() =>
    db.transaction('rw', db.records, async () => {
      const row = await db.records.get(id);
      const stored = row && toRecord(row);
      const current = stored && settleFuture(stored, new Date());
      const incoming = change(current);
      const next = current ? mergeRecords(current, incoming) : canonical(incoming);
      const same = current && sameJson({ ...next, updatedAt: current.updatedAt }, current);
      if (same && sameJson(current, stored)) return stored;
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
  /** The page the ticket was seen on, to open it again from the notes view; kept only if it is the ticket's. */
  url?: string | null;
}

/**
 * Records what the engine saw in a conversation: the ticket, its subject (or title) and customer, the
 * opening words, the steps the agent's replies performed and the customer signals, each with the words
 * that showed it. Idempotent, and never touches the agent's notes.
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
  const ticket = ticketOf(conversation);
  const record = emptyRecord(ticket, now);
  // The tab's address as the link only when it is this ticket's page (the tab may be on its way elsewhere).
  const url = ticketLink({ ...ticket, url: sighting.url ?? null });
  return upsert(db, record.id, (current) => {
    // What this page does not show (yet) is still known from earlier readings.
    const page = withKnown({ url, ...pageHeader(conversation) }, current);
    const unchanged =
      current?.url === page.url &&
      current.subject === page.subject &&
      current.customerName === page.customerName &&
      current.opening === page.opening;
    return {
      ...record,
      ...page,
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

/**
 * Records that the agent inserted or copied a phrase on this ticket, with the words as they went into the
 * reply (variables filled in), so the notes show what was said (a retried call is not counted twice).
 */
export async function recordPhraseUse(
  db: NotesDb,
  ticket: TicketKey,
  use: Omit<PhraseUse, 'at'>,
  at = new Date(),
): Promise<InteractionRecord> {
  const now = at.toISOString();
  const record = emptyRecord(ticket, now);
  // Called without the words (as before v4): not recorded, stored as null.
  return upsert(db, record.id, () => ({ ...record, phrases: [{ ...use, text: use.text ?? null, at: now }] }));
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

/** The patch as it is stored: checked, without `undefined` fields ("not edited", never "erase"), tags tidied. */
export function cleanPatch(patch: NotesPatch): NotesPatch {
  const parsed = Object.entries(NotesPatch.parse(patch)).filter(([, value]) => value !== undefined);
  const fields = Object.fromEntries(parsed) as NotesPatch;
  return fields.tags === undefined ? fields : { ...fields, tags: normaliseTags(fields.tags) };
}

/**
 * Saves the agent's part. Each field in `patch` is stamped with `at` (the time of the edit, not of the
 * save) and wins over the stored field if it is later, so a slow save from a stale tab cannot undo a
 * newer edit, and fields not in the patch stay as another tab wrote them. A stored time past the clock is
 * no edit at all (see upsert), so against it the agent's edit always wins. Creates the record if the
 * background has not yet. Writing the complaint, solution or outcome performs step 6, Document.
 */
export async function saveNotes(
  db: NotesDb,
  id: string,
  patch: NotesPatch,
  at = new Date(),
): Promise<InteractionRecord> {
  const now = at.toISOString();
  const fields = cleanPatch(patch);
  const record = emptyRecord(parseRecordId(id), now);
  const { status, ...notes } = fields;
  if (status !== undefined) record.status = status;
  Object.assign(record.notes, notes);
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
