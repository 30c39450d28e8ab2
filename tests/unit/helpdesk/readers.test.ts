import { type Conversation } from '@/lib/conversation';
import { isNoConversation, readConversation, readStatus, type ReadResult } from '@/lib/helpdesk';
import { load, parse } from './load';
import { h, zendeskMessage, zendeskTicket } from './pages';

function conversation(r: ReadResult): Conversation {
  if (!r.ok) throw new Error(`not read: ${JSON.stringify(r)}`);
  return r.conversation;
}

describe('Zendesk Agent Workspace', () => {
  test('only the active ticket is read; inactive mounted tickets are ignored', () => {
    const { doc, url } = load('zendesk/email-ticket.html');
    const c = conversation(readConversation(doc, url));
    expect(c.id).toBe('4211');
    expect(c.messages.some((m) => m.text.includes('INACTIVE'))).toBe(false);
  });

  test('the DOM decides the active ticket, whatever ticket the URL names', () => {
    const { doc } = load('zendesk/email-ticket.html');
    expect(conversation(readConversation(doc, 'https://acme.zendesk.com/agent/tickets/4198')).id).toBe('4211');
  });

  test('roles: end-user → customer, agent → agent, internal notes → agent + internal, trigger/bot → bot, events → system', () => {
    const { doc, url } = load('zendesk/email-ticket.html');
    const roles = conversation(readConversation(doc, url)).messages.map((m) => [m.role, m.internal]);
    expect(roles).toEqual([
      ['customer', false],
      ['bot', false],
      ['system', false],
      ['agent', false],
      ['agent', true],
      ['customer', false],
    ]);
  });

  test('continuation bubbles inherit the author (and channel) of the previous message of the same role only', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { root, log } = zendeskTicket(doc, '1', 0);
    log.append(
      zendeskMessage(doc, 0, { type: 'agent', author: 'Priya' }),
      zendeskMessage(doc, 1, { type: 'agent', header: false }),
      zendeskMessage(doc, 2, { type: 'end-user', header: false }),
    );
    for (const a of log.querySelectorAll('article')) a.removeAttribute('aria-label');
    doc.body.append(root);
    const m = conversation(readConversation(doc, 'https://acme.zendesk.com/agent/tickets/1')).messages;
    expect(m.map((x) => [x.role, x.author, x.channel])).toEqual([
      ['agent', 'Priya', 'messaging'],
      ['agent', 'Priya', 'messaging'],
      ['customer', null, 'web'],
    ]);
  });

  test('bots: type="bot" (unconfirmed hook) and continuation bot bubbles', () => {
    const { doc, url } = load('zendesk/messaging-ticket.html');
    const bots = conversation(readConversation(doc, url)).messages.filter((m) => m.role === 'bot');
    expect(bots.map((m) => [m.author, m.text])).toEqual([
      ['Acme Assistant', 'Sorry to hear that. Have you tried updating the app?'],
      ['Acme Assistant', 'Connecting you with an agent.'],
    ]);
  });

  test('attachments are listed by file name and never part of the text', () => {
    const { doc, url } = load('zendesk/email-ticket.html');
    const m = conversation(readConversation(doc, url)).messages;
    expect(m[0]!.attachments).toEqual(['receipt-88231.pdf']);
    expect(m[5]!.attachments).toEqual(['empty porch.jpg']);
    expect(m.every((x) => !/\.pdf|\.jpg|From:|via|ago/.test(x.text))).toBe(true);
  });

  test('subject, requester and channel come from the ticket header', () => {
    const { doc, url } = load('zendesk/email-ticket.html');
    const c = conversation(readConversation(doc, url));
    expect([c.subject, c.customer, c.channel]).toEqual([
      'Order #88231 never arrived',
      { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
      'email',
    ]);
  });

  test('missing required hooks are named', () => {
    const { doc, url } = load('zendesk/renamed-log.html');
    expect(readConversation(doc, url)).toEqual({ ok: false, helpdesk: 'zendesk', missing: ['log'] });
    const noBody = load('zendesk/email-ticket.html');
    for (const el of noBody.doc.querySelectorAll('[data-test-id="omni-log-message-content"], .zd-comment')) {
      el.removeAttribute('data-test-id');
      el.removeAttribute('class');
    }
    expect(readConversation(noBody.doc, noBody.url)).toEqual({ ok: false, helpdesk: 'zendesk', missing: ['body'] });
  });

  test('a ticket URL with no ticket rendered is unreadable (activeTicket missing)', () => {
    const doc = parse('<main>loading…</main>');
    const r = readConversation(doc, 'https://acme.zendesk.com/agent/tickets/5');
    expect(r).toEqual({ ok: false, helpdesk: 'zendesk', missing: ['activeTicket'] });
    expect(readStatus(r)).toBe('unreadable');
  });
});

describe('Intercom Inbox', () => {
  test('customer, teammate, bot (Fin), system and notes', () => {
    const { doc, url } = load('intercom/inbox2-conversation.html');
    const m = conversation(readConversation(doc, url)).messages;
    expect(m.map((x) => [x.role, x.author, x.internal])).toEqual([
      ['customer', 'Lena Fischer', false],
      ['customer', 'Lena Fischer', false],
      ['bot', 'Fin', false],
      ['system', null, false],
      ['agent', 'Jonas Weber', false],
      ['agent', 'Jonas Weber', true],
      ['agent', 'Mara Schulz', true],
      ['customer', 'Lena Fischer', false],
    ]);
  });

  test('buttons, "Seen" labels, times and attachment labels stay out of the text', () => {
    const { doc, url } = load('intercom/inbox2-conversation.html');
    const m = conversation(readConversation(doc, url)).messages;
    expect(m[2]!.text).toBe('I can help with billing. Was this charge on April 6?');
    expect(m[0]!.text).toBe('Hi, my card was charged twice for the annual plan.');
    expect(m[7]).toMatchObject({
      text: 'Thanks. Attached is my bank statement.',
      attachments: ['statement-april.pdf'],
    });
  });

  test('without a category, email parts and avatars still tell customers from teammates', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const part = (cls: string, text: string) =>
      h(
        doc,
        'div',
        { 'data-part-id': text },
        h(doc, 'div', { class: cls }, h(doc, 'div', { class: 'intercom-interblocks' }, text)),
      );
    doc.body.append(
      h(
        doc,
        'div',
        { 'data-conversation-stream': '' },
        h(doc, 'div', { 'data-part-group-id': 'a', 'data-part-group-category': '1' }, part('x', 'known')),
        h(doc, 'div', { 'data-part-group-id': 'b' }, part('inbox-2__user-email-part', 'user')),
        h(doc, 'div', { 'data-part-group-id': 'c' }, part('inbox-2__admin-email-part', 'admin')),
        h(
          doc,
          'div',
          { 'data-part-group-id': 'd' },
          h(doc, 'div', { class: 'inbox2__avatar', style: 'background-image: url(x)' }),
          part('y', 'avatar'),
        ),
      ),
    );
    const m = conversation(readConversation(doc, 'https://app.intercom.com/a/inbox/x/inbox/conversation/3')).messages;
    expect(m.map((x) => [x.text, x.role])).toEqual([
      ['known', 'customer'],
      ['user', 'customer'],
      ['admin', 'agent'],
      ['avatar', 'agent'],
    ]);
  });

  test('missing required hooks are named', () => {
    const { doc, url } = load('intercom/unknown-layout.html');
    expect(readConversation(doc, url)).toEqual({ ok: false, helpdesk: 'intercom', missing: ['part'] });
  });
});

describe('no conversation open vs unreadable layout vs unsupported page', () => {
  test.each([
    ['zendesk/dashboard.html', 'no-conversation'],
    ['intercom/inbox-list.html', 'no-conversation'],
    ['zendesk/renamed-log.html', 'unreadable'],
    ['intercom/unknown-layout.html', 'unreadable'],
    ['zendesk/email-ticket.html', 'ok'],
  ])('%s → %s', (name, status) => {
    const { doc, url } = load(name);
    const r = readConversation(doc, url);
    expect(readStatus(r)).toBe(status);
    expect(isNoConversation(r)).toBe(status === 'no-conversation');
  });

  test('any other page is unsupported', () => {
    const { doc } = load('zendesk/email-ticket.html');
    const r = readConversation(doc, 'https://example.com/agent/tickets/4211');
    expect(r).toEqual({ ok: false, helpdesk: null, missing: [] });
    expect(readStatus(r)).toBe('unsupported');
  });
});
