// Zendesk in 2026 (helpdesk-dom-2026.md): custom ticket layouts, side conversations left out, "show
// more" said rather than clicked, ids that survive older comments loading, bots recognised by name.
import { type Conversation } from '@/lib/conversation';
import { type ConversationUpdate, observeConversation, readConversation, type ReadResult } from '@/lib/helpdesk';
import { load } from './load';
import { h, zendeskMessage, zendeskTicket } from './pages';

const ZURL = 'https://acme.zendesk.com/agent/tickets/1';

function conversation(r: ReadResult | undefined): Conversation {
  if (!r?.ok) throw new Error(`not read: ${JSON.stringify(r)}`);
  return r.conversation;
}

function conv(u: ConversationUpdate | undefined): Conversation {
  if (u?.type !== 'read') throw new Error(`no read: ${JSON.stringify(u)}`);
  return conversation(u.result);
}

function ticket(n = 3) {
  const doc = document.implementation.createHTMLDocument('t');
  const t = zendeskTicket(doc, '1', n);
  doc.body.append(t.root);
  return { doc, ...t };
}

const showMore = (doc: Document) =>
  h(doc, 'button', { type: 'button', 'data-test-id': 'convolog-show-more-button' }, 'Show more');

describe('custom ticket layouts', () => {
  test('are read exactly like standard ones; the mounted standard ticket that is not active is not', () => {
    const { doc, url } = load('zendesk/custom-layout.html');
    const c = conversation(readConversation(doc, url));
    expect(c).toMatchObject({ id: '5002', subject: 'Renewal failed twice' });
    expect(c.messages.some((m) => m.text.includes('INACTIVE'))).toBe(false);
  });

  test('the same ticket with a standard layout reads the same', () => {
    const { doc, url } = load('zendesk/custom-layout.html');
    const custom = conversation(readConversation(doc, url));
    const root = doc.querySelector('[data-test-id="ticket-5002-custom-layout"]')!;
    root.setAttribute('data-test-id', 'ticket-5002-standard-layout');
    expect(conversation(readConversation(doc, url))).toEqual(custom);
  });
});

describe('side conversations', () => {
  test('are never part of the conversation with the customer', () => {
    const { doc, url } = load('zendesk/custom-layout.html');
    const c = conversation(readConversation(doc, url));
    expect(c.messages.some((m) => m.text.includes('Payments team'))).toBe(false);
    expect(c.messages.filter((m) => m.author === 'Priya Das')).toHaveLength(1);
  });

  test('one added live is left out too, and the next message still arrives as a delta', async () => {
    vi.useFakeTimers();
    try {
      const { doc, log } = ticket();
      const updates: ConversationUpdate[] = [];
      const observer = observeConversation(doc, { url: () => ZURL, debounceMs: 20 }, (u) => updates.push(u));
      const side = zendeskMessage(doc, 3, { type: 'agent', text: 'To the courier: where is parcel 81?' });
      side
        .querySelector('[data-test-id="omni-log-item-message"]')!
        .prepend(
          h(
            doc,
            'span',
            { 'data-test-id': 'omni-log-item-originated-from' },
            h(doc, 'span', { 'aria-label': 'Message sent via side conversation' }),
          ),
        );
      log.append(side);
      await vi.advanceTimersByTimeAsync(20);
      expect(updates).toHaveLength(1); // Nothing the panel shows changed.
      log.append(zendeskMessage(doc, 4, { text: 'Still waiting.' }));
      await vi.advanceTimersByTimeAsync(20);
      expect(updates[1]).toMatchObject({ reset: false, from: 3 });
      expect(
        conv(updates[1])
          .messages.map((m) => m.text)
          .at(-1),
      ).toBe('Still waiting.');
      expect(conv(updates[1]).messages).toHaveLength(4);
      observer.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('older comments behind "show more"', () => {
  test('the read says earlier messages are hidden while the control is shown, in the log or above it', () => {
    const { doc, url } = load('zendesk/custom-layout.html');
    expect(conversation(readConversation(doc, url)).earlierHidden).toBe(true);

    const above = ticket();
    above.log.parentElement!.before(showMore(above.doc));
    expect(conversation(readConversation(above.doc, ZURL)).earlierHidden).toBe(true);

    const none = ticket();
    expect(conversation(readConversation(none.doc, ZURL))).not.toHaveProperty('earlierHidden');
  });

  test('another ticket’s control (mounted, not active) does not count', () => {
    const { doc } = ticket();
    const other = zendeskTicket(doc, '2', 1, false);
    other.log.prepend(showMore(doc));
    doc.body.append(other.root);
    expect(conversation(readConversation(doc, ZURL))).not.toHaveProperty('earlierHidden');
  });

  test('when older comments load, the ids of the messages already read stay the same', async () => {
    vi.useFakeTimers();
    try {
      const { doc, log } = ticket(3);
      const button = showMore(doc);
      log.prepend(button);
      const updates: ConversationUpdate[] = [];
      const observer = observeConversation(doc, { url: () => ZURL, debounceMs: 20 }, (u) => updates.push(u));
      const before = conv(updates[0]);
      expect(before.earlierHidden).toBe(true);

      // What Zendesk does on "show more" (Steadyhand never clicks it): older comments above, control gone.
      button.replaceWith(zendeskMessage(doc, 90, { text: 'An older question.' }), zendeskMessage(doc, 91));
      await vi.advanceTimersByTimeAsync(20);
      const after = conv(updates.at(-1));
      expect(after).not.toHaveProperty('earlierHidden');
      expect(after.messages).toHaveLength(5);
      expect(after.messages.slice(2).map((m) => m.id)).toEqual(before.messages.map((m) => m.id));
      observer.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  test('the list re-rendered from scratch keeps every id', () => {
    const { doc, log } = ticket(4);
    const first = conversation(readConversation(doc, ZURL)).messages.map((m) => m.id);
    log.replaceChildren(...[0, 1, 2, 3].map((i) => zendeskMessage(doc, i)));
    expect(conversation(readConversation(doc, ZURL)).messages.map((m) => m.id)).toEqual(first);
  });

  test('identical messages (same words, person and time) get distinct ids', () => {
    const { doc, log } = ticket(0);
    log.append(zendeskMessage(doc, 1, { text: '??' }), zendeskMessage(doc, 1, { text: '??' }));
    const ids = conversation(readConversation(doc, ZURL)).messages.map((m) => m.id);
    expect(ids[1]).toBe(`${ids[0]}~2`);
  });
});

describe('bots, by name', () => {
  function withAuthors(...authors: string[]) {
    const { doc, log } = ticket(0);
    authors.forEach((author, i) => log.append(zendeskMessage(doc, i, { type: 'agent', author })));
    return doc;
  }

  test('Zendesk’s own bot and names that say they are a bot, by default; people are not', () => {
    const doc = withAuthors('Answer Bot', 'AcmeBot', 'Zendesk AI Agent', 'Talbot Reyes', 'Ai Tanaka');
    const roles = conversation(readConversation(doc, ZURL)).messages.map((m) => [m.author, m.role]);
    expect(roles).toEqual([
      ['Answer Bot', 'bot'],
      ['AcmeBot', 'bot'],
      ['Zendesk AI Agent', 'bot'],
      ['Talbot Reyes', 'agent'],
      ['Ai Tanaka', 'agent'],
    ]);
  });

  test('the list the user keeps decides: a custom name counts, an empty list has no bots', () => {
    const doc = withAuthors('Odie', 'Answer Bot');
    const roles = (names: string[]) =>
      conversation(readConversation(doc, ZURL, { botNames: names })).messages.map((m) => m.role);
    expect(roles(['Odie'])).toEqual(['bot', 'agent']);
    expect(roles([])).toEqual(['agent', 'agent']);
  });

  test('never from what the message says', () => {
    const { doc, log } = ticket(0);
    log.append(zendeskMessage(doc, 0, { type: 'agent', author: 'Priya', text: 'I am a bot, beep.' }));
    expect(conversation(readConversation(doc, ZURL)).messages[0]?.role).toBe('agent');
  });
});

describe('times shown only as text', () => {
  test('give at: null, never an error, and never enter the message text', () => {
    const { doc, url } = load('zendesk/custom-layout.html');
    const m = conversation(readConversation(doc, url)).messages.find((x) => x.text.startsWith('no. a human'));
    expect(m).toMatchObject({ at: null, text: 'no. a human please' });
  });
});
