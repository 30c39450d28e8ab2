// zod/mini like the rest of lib/: the side panel already ships it, and one zod flavour keeps its bundle small.
import { z } from 'zod/mini';
import { HelpdeskId } from '../conversation/model';
import { SignalKind } from '../framework/guidance';
import { GuidanceStep, StepId } from '../framework/steps';
import { Account, recordId, type TicketKey } from './key';
import { isTicketLink } from './link';

/**
 * Every instant is `Date#toISOString()` (UTC, milliseconds): such strings sort as text in the same order as
 * in time, which the updatedAt index and every merge rely on. Nothing else is accepted, even on import.
 */
export const Instant = z.iso.datetime({ precision: 3 });
export type Instant = z.infer<typeof Instant>;

export const Status = z.enum(['open', 'follow-up', 'resolved']);
export type Status = z.infer<typeof Status>;

const NonEmpty = z.string().check(z.minLength(1));
// Only web addresses: the notes view opens this link, and an imported file could carry `javascript:`.
const WebUrl = z.url({ protocol: /^https?$/ });
export const Tag = z.string().check(
  z.minLength(1),
  z.maxLength(64),
  z.refine((tag) => tag.trim() === tag, 'no leading or trailing spaces'),
);

/** The first time the agent's replies performed a framework step (one entry per step). */
export const StepEntry = z.strictObject({
  step: StepId,
  at: Instant,
  messageId: z.nullable(z.string()),
  /** The agent's own words that showed the step, as the engine quoted them. */
  evidence: z.nullable(z.string()),
});
export type StepEntry = z.infer<typeof StepEntry>;

/** A customer signal, once per message it was seen in. */
export const SignalEntry = z.strictObject({
  kind: SignalKind,
  at: Instant,
  messageId: z.nullable(z.string()),
  evidence: z.nullable(z.string()),
});
export type SignalEntry = z.infer<typeof SignalEntry>;

export const PhraseUse = z.strictObject({
  packId: NonEmpty,
  phraseId: NonEmpty,
  step: GuidanceStep,
  action: z.enum(['insert', 'copy']),
  at: Instant,
  /**
   * The words inserted or copied, variables filled in. Null or absent: not recorded (a use recorded before
   * schema v4, a file of export format 2). The v4 upgrade and every use recorded here store null; an imported
   * record keeps the shape it came in (merge.ts treats the two alike).
   */
  text: z.optional(z.nullable(z.string())),
});
export type PhraseUse = z.infer<typeof PhraseUse>;

export const Notes = z.strictObject({
  complaint: z.string(),
  solution: z.string(),
  outcome: z.string(),
  followUpDate: z.nullable(z.iso.date()),
  tags: z.array(Tag),
  text: z.string(),
});
export type Notes = z.infer<typeof Notes>;

/** The fields the agent edits. Each keeps the time of its last edit, so merges are last-write-wins per field. */
export const EDITABLE = ['status', 'complaint', 'solution', 'outcome', 'followUpDate', 'tags', 'text'] as const;
export type EditableField = (typeof EDITABLE)[number];

export const EditedAt = z.strictObject({
  status: z.nullable(Instant),
  complaint: z.nullable(Instant),
  solution: z.nullable(Instant),
  outcome: z.nullable(Instant),
  followUpDate: z.nullable(Instant),
  tags: z.nullable(Instant),
  text: z.nullable(Instant),
});
export type EditedAt = z.infer<typeof EditedAt>;

/** The record's fields, before the checks that tie them together (see `InteractionRecord`). */
export const RecordFields = z.strictObject({
  /** `recordId(...)`: `<helpdesk>:<account>:<ticketId>`; one record per ticket, however many tabs show it. */
  id: NonEmpty,
  helpdesk: HelpdeskId,
  /** The helpdesk account (Zendesk subdomain, Intercom workspace id); null when it was not known. */
  account: z.nullable(Account),
  ticketId: NonEmpty,
  /** Where the ticket was last seen, to open it again: only ever this ticket's page (see link.ts). */
  url: z.nullable(WebUrl),
  /** The ticket's subject or the conversation's title, as the helpdesk shows it (see subject.ts). */
  subject: z.nullable(z.string()),
  customerName: z.nullable(z.string()),
  /**
   * The opening words of the customer's first message: what the record is about when the page shows no
   * subject (an Intercom conversation without a title). Null when no customer message was read; absent (read
   * as null) before schema v4 and in files of export format 2, as for a phrase use's `text`.
   */
  opening: z.optional(z.nullable(z.string())),
  /** When url, subject, customer name and opening were last read from the page (null: never). */
  seenAt: z.nullable(Instant),
  startedAt: Instant,
  /** The last change of any kind; the list sorts on it and retention counts from it. */
  updatedAt: Instant,
  status: Status,
  steps: z.array(StepEntry),
  signals: z.array(SignalEntry),
  phrases: z.array(PhraseUse),
  notes: Notes,
  editedAt: EditedAt,
});

const idMatches = z.refine<TicketKey & { id: string }>((r) => r.id === recordId(r), {
  message: 'id must be "<helpdesk>:<account>:<ticketId>" (the account empty when unknown)',
  path: ['id'],
});

/**
 * A record as a JSON export carries it. Its link may be any text: the import keeps it only if it is the
 * ticket's own page and otherwise drops it, saying so, rather than refuse the agent's notes for it.
 */
export const ExportedFields = z.extend(RecordFields, { url: z.nullable(z.string()) });
export const ExportedRecord = ExportedFields.check(idMatches);
export type ExportedRecord = z.infer<typeof ExportedRecord>;

/** A stored record: every one passes this, so every export re-imports and "Open ticket" opens the ticket. */
export const InteractionRecord = RecordFields.check(
  idMatches,
  z.refine((r) => r.url === null || isTicketLink(r.url, r), {
    message: "url must be this ticket's page on its helpdesk",
    path: ['url'],
  }),
);
export type InteractionRecord = z.infer<typeof InteractionRecord>;

/** The agent's part, as the editor sends it: any subset of the editable fields. */
export const NotesPatch = z.partial(
  z.strictObject({
    status: Status,
    complaint: z.string(),
    solution: z.string(),
    outcome: z.string(),
    followUpDate: z.nullable(z.iso.date()),
    tags: z.array(z.string()),
    text: z.string(),
  }),
);
export type NotesPatch = z.infer<typeof NotesPatch>;

export const EXPORT_FORMAT = 'steadyhand-notes';
/**
 * Version of the export file format (not of the database schema). 2 added the account to every record
 * and to its id; 3 the opening words and each phrase use's text. Older files still import (import.ts).
 */
export const EXPORT_VERSION = 3;

export const ExportEnvelope = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: Instant,
  /** A redacted export is for reading only: importing it would overwrite notes with placeholders. */
  redacted: z.boolean(),
  /**
   * The exporting agent's name ("Your name in exports" on the notes page), for a lead's team roll-up; absent
   * or null when not set. Optional, so files without it (every older one) still import unchanged.
   */
  agent: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  records: z.array(ExportedRecord),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelope>;

/** Format 2 files: the same records, without the fields format 3 added (optional in the record for them). */
export const ExportEnvelopeV2 = z.extend(ExportEnvelope, { version: z.literal(2) });

export const NO_EDITS: EditedAt = {
  status: null,
  complaint: null,
  solution: null,
  outcome: null,
  followUpDate: null,
  tags: null,
  text: null,
};

/** A record with nothing in it yet but the ticket and the time. */
export function emptyRecord(ticket: TicketKey, at: Instant): InteractionRecord {
  return {
    id: recordId(ticket),
    helpdesk: ticket.helpdesk,
    account: ticket.account ?? null,
    ticketId: ticket.ticketId,
    url: null,
    subject: null,
    customerName: null,
    opening: null,
    seenAt: null,
    startedAt: at,
    updatedAt: at,
    status: 'open',
    steps: [],
    signals: [],
    phrases: [],
    notes: { complaint: '', solution: '', outcome: '', followUpDate: null, tags: [], text: '' },
    editedAt: { ...NO_EDITS },
  };
}
