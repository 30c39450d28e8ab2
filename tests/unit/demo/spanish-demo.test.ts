// The demo's Spanish conversations (Zendesk 4730, Intercom 217) read by the engine as the panel gets them:
// in Spanish, with a clear step whose reason quotes the customer's own words. Both are listed last, so the
// English conversations keep their places (first tab, first in the inbox) in every other test.
import { describe, expect, it } from 'vitest';
import type { Conversation, Message } from '@/lib/conversation';
import { analyze } from '@/lib/framework';
import { CONVERSATIONS } from '../../../demo/src/intercom/conversation';
import { SPANISH_CONVERSATION } from '../../../demo/src/intercom/spanish-conversation';
import { TICKETS } from '../../../demo/src/zendesk/conversation';
import { SPANISH_TICKET } from '../../../demo/src/zendesk/spanish-ticket';

const message = (i: number, role: Message['role'], internal: boolean, paragraphs: string[]): Message => ({
  id: `m${i}`,
  role,
  author: null,
  internal,
  text: paragraphs.join('\n\n'),
  at: null,
  channel: null,
  attachments: [],
});

const conversation = (helpdesk: Conversation['helpdesk'], id: string, messages: Message[]): Conversation => ({
  helpdesk,
  id,
  subject: null,
  customer: { name: null, email: null },
  channel: null,
  messages,
});

const ZENDESK_ROLES = { 'end-user': 'customer', agent: 'agent', internal: 'agent' } as const;
const INTERCOM_ROLES = { '1': 'customer', '3': 'agent', '4': 'agent', '5': 'bot', '20': 'system' } as const;

const zendesk = conversation(
  'zendesk',
  SPANISH_TICKET.id,
  SPANISH_TICKET.items.map((item, i) =>
    item.kind === 'event'
      ? message(i, 'system', false, [item.title])
      : message(i, ZENDESK_ROLES[item.role], item.role === 'internal', item.paragraphs),
  ),
);

const intercom = conversation(
  'intercom',
  SPANISH_CONVERSATION.id,
  SPANISH_CONVERSATION.groups
    .flatMap((group) => group.parts.map((part) => ({ category: group.category, paragraphs: part.paragraphs })))
    .map((part, i) => message(i, INTERCOM_ROLES[part.category], part.category === '4', part.paragraphs)),
);

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Everything the customer wrote, as the reason quotes it (whitespace folded). */
const customerWords = (c: Conversation) =>
  folded(
    c.messages
      .filter((m) => m.role === 'customer')
      .map((m) => m.text)
      .join(' '),
  );
/** A reason's quote without the ellipsis of a cut. */
const quoted = (text: string | undefined) => (text ?? '').replace(/…$/, '');

describe('the Spanish demo conversations', () => {
  it('are reachable and listed last, after the English ones', () => {
    expect(TICKETS.at(-1)).toBe(SPANISH_TICKET);
    expect(TICKETS[0]?.id).toBe('4711');
    expect(CONVERSATIONS.at(-1)).toBe(SPANISH_CONVERSATION);
    expect(CONVERSATIONS[0]?.id).toBe('215');
  });

  it('Zendesk 4730: Listen & Acknowledge, quoting the unanswered report and the generic opener', () => {
    const guidance = analyze(zendesk);
    expect(guidance.language).toBe('es');
    expect(guidance.step).toBe('listen');
    const [grievance, opener] = guidance.why ?? [];
    expect(grievance?.key).toBe('listenGrievance');
    expect(quoted(grievance?.quotes[0])).toMatch(/^Todavía no he recibido el reembolso/);
    expect(customerWords(zendesk)).toContain(quoted(grievance?.quotes[0]));
    expect(opener).toEqual({ key: 'genericOpener', quotes: ['Gracias por escribirnos'] });
    expect(guidance.signals.map((s) => s.kind)).toEqual(expect.arrayContaining(['angry', 'public-complaint']));
  });

  it('Intercom 217: Empathize & Apologize, quoting the disappointment and the acknowledgement without apology', () => {
    const guidance = analyze(intercom);
    expect(guidance.language).toBe('es');
    expect(guidance.step).toBe('empathize');
    const [upset] = guidance.why ?? [];
    expect(upset?.key).toBe('empathizeUpset');
    const [customer, teammate] = upset?.quotes.map(quoted) ?? [];
    expect(customer).toMatch(/decepcionado/);
    expect(customerWords(intercom)).toContain(customer);
    expect(teammate).toMatch(/^Entiendo/);
  });
});
