import fc from 'fast-check';
import type { Conversation, Message } from '@/lib/conversation/model';
import type { Guidance } from '@/lib/framework/guidance';
import { SignalKind } from '@/lib/framework/guidance';
import { GuidanceStep, StepId } from '@/lib/framework/steps';
import { NotesDb } from '@/lib/notes/db';
import type { MarkdownText } from '@/lib/notes/export/markdown';
import { canonical } from '@/lib/notes/merge';
import { recordId, type TicketKey } from '@/lib/notes/key';
import { EDITABLE, type EditedAt, type InteractionRecord, Status } from '@/lib/notes/model';
import { getMessage } from '../support/i18n';

let counter = 0;
const open: NotesDb[] = [];

/** A fresh database (its own name), closed and deleted after the test by `closeAll`. */
export function freshDb(name = `notes-test-${Date.now()}-${++counter}`): NotesDb {
  const db = new NotesDb(name);
  open.push(db);
  return db;
}

/** Another connection to the same database, as a second tab would have. */
export function secondConnection(db: NotesDb): NotesDb {
  return freshDb(db.name);
}

export async function closeAll(): Promise<void> {
  const names = new Set(open.map((db) => db.name));
  for (const db of open.splice(0)) db.close();
  for (const name of names) await NotesDb.delete(name);
}

export const T0 = new Date('2025-03-10T09:00:00.000Z');
export const minutes = (n: number, from = T0) => new Date(from.getTime() + n * 60_000);

export function message(id: string, role: Message['role'], text: string, at: string | null = null): Message {
  return { id, role, author: null, internal: false, text, at, channel: null, attachments: [] };
}

export function conversation(partial: Partial<Conversation> = {}): Conversation {
  return {
    helpdesk: 'zendesk',
    account: 'acme',
    id: '4521',
    subject: 'Refund not received',
    customer: { name: 'Maria Garcia', email: null },
    channel: null,
    messages: [
      message('c1', 'customer', 'Where is my refund?!', '2025-03-10T08:50:00.000Z'),
      message('a1', 'agent', 'I understand this is frustrating.', '2025-03-10T08:55:00+00:00'),
    ],
    ...partial,
  };
}

export function guidance(partial: Partial<Guidance> = {}): Guidance {
  return {
    step: 'empathize',
    reason: 'test',
    completed: [{ step: 'listen', messageId: 'a1', evidence: 'I understand' }],
    signals: [{ kind: 'angry', messageId: 'c1', evidence: 'Where is my refund?!' }],
    ...partial,
  };
}

/** English Markdown words, as the notes view will build them from the locale. */
export const englishMarkdown: MarkdownText = {
  ticket: (helpdesk, id) => `${getMessage(`helpdesk_${helpdesk}`)} ticket ${id}`,
  stepName: (step) => getMessage(`steps_${step}_name`),
  signalName: (kind) => kind,
  statusName: (status) => ({ open: 'Open', 'follow-up': 'Follow-up', resolved: 'Resolved' })[status],
  phraseAction: (action) => (action === 'insert' ? 'inserted' : 'copied'),
  timeZone: 'Europe/Madrid',
  locale: 'en-GB',
  labels: {
    customer: 'Customer',
    status: 'Status',
    started: 'Started',
    updated: 'Updated',
    followUp: 'Follow-up',
    tags: 'Tags',
    link: 'Link',
    complaint: 'Complaint',
    solution: 'Solution offered',
    outcome: 'Outcome',
    notes: 'Notes',
    steps: 'Framework steps',
    signals: 'Customer signals',
    phrases: 'Phrases used',
    opening: 'First message',
    notRecorded: 'text not recorded',
  },
};

// --- arbitraries ---------------------------------------------------------------------------------------

const instant = fc
  .integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-01-01T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());
const text = fc.string({ maxLength: 40, unit: 'grapheme' });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const tag = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);

/** One of a few tickets (with and without an account, the same number in two accounts), so records often share one. */
export const ticketArb: fc.Arbitrary<Required<TicketKey>> = fc.record({
  helpdesk: fc.constantFrom('zendesk' as const, 'intercom' as const),
  account: fc.constantFrom('acme', 'globex', null),
  ticketId: fc.constantFrom('1', '2', 'abc'),
});

/** The ticket's page on its helpdesk, when it can have one (a known account, a number the address can hold). */
export function pageOf({ helpdesk, account, ticketId }: Required<TicketKey>): string | null {
  if (account === null || !/^\d+$/.test(ticketId)) return null;
  return helpdesk === 'zendesk'
    ? `https://${account}.zendesk.com/agent/tickets/${ticketId}`
    : `https://app.intercom.com/a/inbox/${account}/inbox/conversation/${ticketId}`;
}

/** Any valid record of one ticket. */
export const recordOf = (ticket: Required<TicketKey>): fc.Arbitrary<InteractionRecord> =>
  fc
    .record({
      url: nullable(fc.constant(pageOf(ticket))).map((url) => url ?? null),
      subject: nullable(text),
      customerName: nullable(text),
      opening: nullable(text),
      seenAt: nullable(instant),
      times: fc.tuple(instant, instant),
      status: fc.constantFrom(...Status.options),
      steps: fc.array(
        fc.record({
          step: fc.constantFrom(...StepId.options),
          at: instant,
          messageId: nullable(text),
          evidence: nullable(text),
        }),
        { maxLength: 4 },
      ),
      signals: fc.array(
        fc.record({
          kind: fc.constantFrom(...SignalKind.options),
          at: instant,
          messageId: nullable(text),
          evidence: nullable(text),
        }),
        { maxLength: 3 },
      ),
      phrases: fc.array(
        fc.record({
          packId: fc.constantFrom('builtin', 'team'),
          phraseId: fc.constantFrom('p1', 'p2'),
          step: fc.constantFrom(...GuidanceStep.options),
          action: fc.constantFrom('insert' as const, 'copy' as const),
          at: instant,
          text: nullable(text),
        }),
        { maxLength: 3 },
      ),
      notes: fc.record({
        complaint: text,
        solution: text,
        outcome: text,
        followUpDate: nullable(fc.constantFrom('2025-03-12', '2025-04-01')),
        tags: fc.uniqueArray(tag, { maxLength: 3 }),
        text,
      }),
      editedAt: fc.record(
        Object.fromEntries(EDITABLE.map((f) => [f, nullable(instant)])) as Record<
          keyof EditedAt,
          fc.Arbitrary<string | null>
        >,
      ),
    })
    .map(({ times, ...r }) => ({
      id: recordId(ticket),
      ...ticket,
      ...r,
      startedAt: times[0] < times[1] ? times[0] : times[1],
      updatedAt: times[0] < times[1] ? times[1] : times[0],
    }));

/** Any valid record for one of a few tickets, so that pairs often share an id. */
export const recordArb: fc.Arbitrary<InteractionRecord> = ticketArb.chain(recordOf);

/** A record as the database holds it (deduplicated, in canonical order). */
export const storedRecordArb = recordArb.map(canonical);
