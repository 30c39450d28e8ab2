// The observer on long conversations: an append costs one parse whatever the length, and many
// messages at once (a conversation paging in, a long one opened) are read a chunk per task.
import { observeConversation, type ConversationUpdate } from '@/lib/helpdesk';
import { conv, IURL, setup, tick } from './observe-setup';
import { intercomConversation, intercomGroup, intercomPart, zendeskMessage } from './pages';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('many messages at once', () => {
  test('hundreds of messages added at once are read a chunk per task, each chunk a delta', async () => {
    const { doc, one, updates, observer } = setup();
    const parsesBefore = observer.stats().parses;
    for (let i = 3; i < 103; i++) one.log.append(zendeskMessage(doc, i));
    await tick(50);
    // The first chunk at once; the rest in tasks of their own right after.
    expect(updates[1]).toMatchObject({ reset: false, from: 3 });
    expect(conv(updates[1]).messages).toHaveLength(28);
    for (let i = 0; i < 3; i++) await tick(1);
    expect(updates.slice(2).map((u) => (u.type === 'read' ? u.from : -1))).toEqual([28, 53, 78]);
    expect(conv(updates.at(-1)).messages).toHaveLength(103);
    expect(observer.stats().parses - parsesBefore).toBe(100);
    observer.stop();
  });

  test('a long conversation is read a chunk per task, then reported once, whole', async () => {
    const { updates, observer } = setup({ n: 60 });
    expect(updates).toHaveLength(0);
    expect(observer.stats().parses).toBe(25);
    await tick(5);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ type: 'read', reset: true, from: 0 });
    expect(conv(updates[0]).messages).toHaveLength(60);
    expect(observer.stats().parses).toBe(60);
    observer.stop();
  });
});

// 1,000-message pages in happy-dom take seconds on a busy runner: a generous time-out (behaviour, not speed).
describe(
  'incremental cost: one appended message is parsed once, whatever the ticket length',
  { timeout: 60_000 },
  () => {
    test.each([100, 1000])('Zendesk, %i messages', async (n) => {
      const { doc, one, updates, observer } = setup({ n });
      // Read a chunk per task (25 messages), then reported once, whole.
      expect(updates).toHaveLength(0);
      await tick(60);
      expect(updates).toHaveLength(1);
      expect(conv(updates[0]).messages).toHaveLength(n);
      const before = observer.stats().parses;
      expect(before).toBe(n);
      one.log.append(zendeskMessage(doc, n));
      await tick(50);
      expect(observer.stats().parses - before).toBe(1);
      expect(updates[1]).toMatchObject({ reset: false, from: n });
      observer.stop();
    });

    test.each([100, 1000])('Intercom, %i parts: a part in the last group, then a new group', async (n) => {
      const doc = document.implementation.createHTMLDocument('t');
      const { root, stream } = intercomConversation(doc, n);
      doc.body.append(root);
      const updates: ConversationUpdate[] = [];
      const observer = observeConversation(doc, { url: () => IURL, debounceMs: 50 }, (u) => updates.push(u));
      await tick(60); // a long conversation is read a chunk per task
      expect(updates).toHaveLength(1);
      const before = observer.stats().parses;
      expect(before).toBe(n);
      stream.lastElementChild!.append(intercomPart(doc, 'new-1', 'one more thing'));
      await tick(50);
      expect(observer.stats().parses - before).toBe(1);
      stream.append(intercomGroup(doc, 'gx', '3', 'Jonas Weber', intercomPart(doc, 'new-2', 'On it.')));
      await tick(50);
      expect(observer.stats().parses - before).toBe(2);
      expect(
        conv(updates[2])
          .messages.slice(-2)
          .map((m) => [m.text, m.role]),
      ).toEqual([
        ['one more thing', n % 10 === 0 ? 'agent' : 'customer'],
        ['On it.', 'agent'],
      ]);
      observer.stop();
    });
  },
);
