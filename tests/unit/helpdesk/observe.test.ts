import { type ConversationUpdate, observeConversation } from '@/lib/helpdesk';
import { conv, IURL, setup, tick, ZURL } from './observe-setup';
import { intercomConversation, zendeskMessage, zendeskTicket } from './pages';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('observeConversation (Zendesk)', () => {
  test('reads once synchronously, then follows an appended message as a delta', async () => {
    const { doc, one, updates, observer } = setup();
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ type: 'read', reset: true, from: 0 });
    const first = conv(updates[0]);
    expect(first.messages).toHaveLength(3);

    one.log.append(zendeskMessage(doc, 3, { text: 'I am still waiting!' }));
    await tick(49);
    expect(updates).toHaveLength(1);
    await tick(1);
    expect(updates[1]).toMatchObject({ type: 'read', reset: false, from: 3 });
    const next = conv(updates[1]);
    expect(next.messages.map((m) => m.text)).toContain('I am still waiting!');
    // Unchanged messages are the same objects: the transport can send just messages.slice(from).
    next.messages.slice(0, 3).forEach((m, i) => expect(m).toBe(first.messages[i]));
    expect(observer.stats().parses).toBe(4);
    observer.stop();
  });

  test('a burst of changes is debounced into one update; a steady stream still updates every maxWait', async () => {
    const { doc, one, updates, observer } = setup({ maxWaitMs: 500 });
    for (let i = 3; i < 8; i++) {
      one.log.append(zendeskMessage(doc, i));
      await tick(20);
    }
    expect(updates).toHaveLength(1);
    await tick(50);
    expect(updates).toHaveLength(2);
    expect(updates[1]).toMatchObject({ reset: false, from: 3 });
    expect(conv(updates[1]).messages).toHaveLength(8);

    for (let i = 8; i < 48; i++) {
      one.log.append(zendeskMessage(doc, i));
      await tick(25);
    }
    expect(updates.length).toBeGreaterThanOrEqual(3); // not starved by changes every 25 ms
    observer.stop();
  });

  test('an edit re-reads that message only; later messages keep their objects', async () => {
    const { one, updates, observer } = setup();
    const before = conv(updates[0]);
    const p = one.log.querySelectorAll('p')[1]!;
    (p.firstChild as Text).data = 'Edited text';
    await tick(50);
    expect(updates[1]).toMatchObject({ reset: false, from: 1 });
    const after = conv(updates[1]);
    expect(after.messages[1]!.text).toBe('Edited text');
    expect(after.messages[0]).toBe(before.messages[0]);
    expect(after.messages[2]).toBe(before.messages[2]);
    expect(observer.stats().parses).toBe(4);
    observer.stop();
  });

  test('a removal is a delta from the removed index', async () => {
    const { one, updates, observer } = setup();
    one.log.querySelectorAll('article')[1]!.remove();
    await tick(50);
    expect(updates[1]).toMatchObject({ reset: false, from: 1 });
    expect(conv(updates[1]).messages).toHaveLength(2);
    observer.stop();
  });

  test('changes that do not alter any message (a relative time ticking) send nothing', async () => {
    const { one, updates, observer } = setup();
    (one.log.querySelector('time')!.firstChild as Text).data = '10:01';
    await tick(100);
    expect(updates).toHaveLength(1);
    observer.stop();
  });

  test('changes outside the log (typing in the composer) are not observed', async () => {
    const { one, updates, observer } = setup();
    const composer = one.root.querySelector('[contenteditable]')!;
    composer.append('typing…');
    await tick(2000);
    expect(updates).toHaveLength(1);
    expect(observer.stats()).toEqual({ parses: 3, reads: 1 });
    observer.stop();
  });

  test('an appended grouped bubble inherits its author', async () => {
    const { doc, one, updates, observer } = setup();
    one.log.append(zendeskMessage(doc, 3, { type: 'agent', author: 'Priya Nair', header: true }));
    const bubble = zendeskMessage(doc, 4, { type: 'agent', header: false });
    bubble.removeAttribute('aria-label');
    one.log.append(bubble);
    await tick(50);
    expect(
      conv(updates[1])
        .messages.slice(3)
        .map((m) => m.author),
    ).toEqual(['Priya Nair', 'Priya Nair']);
    observer.stop();
  });

  test('switching the active ticket resets to the other ticket', async () => {
    const { one, two, updates, observer } = setup();
    one.root.setAttribute('data-is-active', 'false');
    two.root.setAttribute('data-is-active', 'true');
    await tick(50);
    expect(updates[1]).toMatchObject({ type: 'read', reset: true, from: 0 });
    expect(conv(updates[1]).id).toBe('2');
    // The old ticket is no longer observed.
    one.log.append(zendeskMessage(one.log.ownerDocument, 9));
    await tick(100);
    expect(updates).toHaveLength(2);
    observer.stop();
  });

  test('a URL change is noticed by the heartbeat; leaving for a dashboard says "no conversation"', async () => {
    const { one, updates, observer, setUrl } = setup();
    one.root.setAttribute('data-is-active', 'false');
    setUrl('https://acme.zendesk.com/agent/dashboard');
    await tick(1000);
    expect(updates[1]).toEqual({
      type: 'read',
      result: { ok: false, helpdesk: 'zendesk', missing: [] },
      reset: true,
      from: 0,
    });
    await tick(3000);
    expect(updates).toHaveLength(2); // the same state is not sent again
    observer.stop();
  });

  test('a ticket that renders late is picked up by the heartbeat', async () => {
    const doc = document.implementation.createHTMLDocument('t');
    const updates: ConversationUpdate[] = [];
    const observer = observeConversation(
      doc,
      () => ZURL,
      (u) => updates.push(u),
    );
    expect(updates[0]).toMatchObject({ result: { ok: false, helpdesk: 'zendesk', missing: ['activeTicket'] } });
    doc.body.append(zendeskTicket(doc, '1', 2).root);
    await tick(1000);
    expect(updates[1]).toMatchObject({ reset: true, from: 0 });
    expect(conv(updates[1]).messages).toHaveLength(2);
    observer.stop();
  });

  test('reset() reads again from scratch', async () => {
    const { updates, observer } = setup();
    observer.reset();
    await tick(50);
    expect(updates[1]).toMatchObject({ reset: true, from: 0 });
    expect(conv(updates[1]).messages).toHaveLength(3);
    observer.stop();
  });

  test('stop() ends all work', async () => {
    const { doc, one, updates, observer } = setup();
    observer.stop();
    one.log.append(zendeskMessage(doc, 3));
    await tick(5000);
    expect(updates).toHaveLength(1);
  });

  test('errors are reported, never thrown; the observer recovers', async () => {
    let fail = false;
    const { doc, one, updates, observer } = setup({
      url: () => {
        if (fail) throw new Error('boom');
        return ZURL;
      },
    });
    fail = true;
    one.log.append(zendeskMessage(doc, 3));
    await tick(50);
    expect(updates[1]).toEqual({ type: 'error', message: 'boom', name: 'Error' });
    fail = false;
    one.log.append(zendeskMessage(doc, 4));
    // It pauses before reading again (a second after the first failure), then reads from scratch.
    await tick(50);
    expect(updates).toHaveLength(2);
    await tick(1000);
    expect(updates[2]).toMatchObject({ type: 'read', reset: true });
    expect(conv(updates[2]).messages).toHaveLength(5);
    observer.stop();
  });

  test('a page that keeps failing costs a few reads, however fast it changes', async () => {
    const { one, observer } = setup({
      url: () => {
        throw new Error('boom');
      },
    });
    const readsBefore = observer.stats().reads;
    // Ten seconds of a page changing every 5 ms (2,000 changes).
    for (let i = 0; i < 2000; i++) {
      one.log.firstElementChild!.setAttribute('data-test-id', i % 2 ? 'omni-log-comment-item' : 'x');
      await tick(5);
    }
    // Pauses of 1, 2, 4 (and 8) seconds: a handful of attempts, not one per change.
    expect(observer.stats().reads - readsBefore).toBeLessThanOrEqual(5);
    observer.stop();
  });

  test('stops for good once the extension is gone', async () => {
    let alive = true;
    const { doc, one, updates, observer } = setup({ alive: () => alive });
    alive = false;
    await tick(1000);
    one.log.append(zendeskMessage(doc, 3));
    await tick(1000);
    expect(updates).toHaveLength(1);
    expect(observer.stats().reads).toBe(1);
  });

  test('"Extension context invalidated" from the callback stops the observer', async () => {
    let calls = 0;
    const { doc, one } = setup({
      onUpdate: () => {
        calls++;
        throw new Error('Extension context invalidated.');
      },
    });
    one.log.append(zendeskMessage(doc, 3));
    await tick(5000);
    expect(calls).toBe(1);
  });
});

describe('observeConversation (Intercom)', () => {
  test('a changed group header re-reads that group only', async () => {
    const doc = document.implementation.createHTMLDocument('t');
    const { root, stream } = intercomConversation(doc, 20);
    doc.body.append(root);
    const updates: ConversationUpdate[] = [];
    const observer = observeConversation(doc, { url: () => IURL, debounceMs: 50 }, (u) => updates.push(u));
    const name = stream.children[1]!.querySelector('[data-testid="admin-avatar-name"]')!;
    (name.firstChild as Text).data = 'Jonas W.';
    await tick(50);
    expect(updates[1]).toMatchObject({ reset: false, from: 5 });
    expect(
      conv(updates[1])
        .messages.slice(5, 10)
        .every((m) => m.author === 'Jonas W.'),
    ).toBe(true);
    expect(observer.stats().parses).toBe(25);
    observer.stop();
  });

  test('a conversation switch (new stream, new URL) resets', async () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.append(intercomConversation(doc, 5).root);
    let url = IURL;
    const updates: ConversationUpdate[] = [];
    const observer = observeConversation(doc, { url: () => url, debounceMs: 50 }, (u) => updates.push(u));
    doc.body.replaceChildren(intercomConversation(doc, 2).root);
    url = 'https://app.intercom.com/a/inbox/x1/inbox/conversation/8';
    await tick(1000);
    expect(updates[1]).toMatchObject({ reset: true, from: 0 });
    expect(conv(updates[1])).toMatchObject({ id: '8' });
    expect(conv(updates[1]).messages).toHaveLength(2);
    observer.stop();
  });
});
