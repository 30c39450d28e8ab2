// The demo Intercom stream's data side: paging parts in a batch per task, the Inbox URLs and `?parts=N`,
// the generated long conversation, and the parts of the written conversations.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONVERSATIONS } from '../../../demo/src/intercom/conversation';
import { longThread } from '../../../demo/src/intercom/long-conversation';
import { BATCH_SIZE, pageIn } from '../../../demo/src/intercom/paging';
import { conversationIdFrom, conversationPath, MAX_PARTS, partsParam } from '../../../demo/src/intercom/route';
import { lastCustomerPart, threadOf } from '../../../demo/src/intercom/thread';

const now = new Date('2026-03-04T12:00:00Z');
const marco = CONVERSATIONS[0]!;

describe('paging parts in', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function recorder() {
    const batches: Array<{ size: number; caughtUp: boolean }> = [];
    return {
      batches,
      render: (batch: readonly number[], caughtUp: boolean) => batches.push({ size: batch.length, caughtUp }),
    };
  }

  it('renders the first batch at once and each further one in its own task', async () => {
    const items = Array.from({ length: 60 }, (_, i) => i);
    const { batches, render } = recorder();
    let loaded = false;
    void pageIn(items, render).loaded.then(() => (loaded = true));
    expect(batches).toEqual([{ size: BATCH_SIZE, caughtUp: false }]);
    vi.advanceTimersToNextTimer();
    expect(batches).toHaveLength(2);
    vi.advanceTimersToNextTimer();
    expect(batches.at(-1)).toEqual({ size: 10, caughtUp: true });
    await Promise.resolve();
    expect(loaded).toBe(true);
  });

  it('renders parts added later: at once when caught up, else in order with the remaining batches', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    const { batches, render } = recorder();
    const paging = pageIn(items, render);
    items.push(30);
    paging.update(); // still paging in: nothing extra now
    expect(batches).toHaveLength(1);
    vi.runAllTimers();
    expect(batches.at(-1)).toEqual({ size: 6, caughtUp: true });
    items.push(31);
    paging.update();
    expect(batches.at(-1)).toEqual({ size: 1, caughtUp: true });
  });

  it('stops when cancelled and still resolves, so nobody waits for a stream that was replaced', async () => {
    const { batches, render } = recorder();
    const paging = pageIn(
      Array.from({ length: 100 }, (_, i) => i),
      render,
    );
    paging.cancel();
    vi.runAllTimers();
    paging.update();
    expect(batches).toHaveLength(1);
    await expect(paging.loaded).resolves.toBeUndefined();
  });
});

describe('Inbox URLs', () => {
  it('reads and writes the conversation id, keeping the demo prefix and app segment', () => {
    expect(conversationIdFrom('/intercom/a/inbox/legacy/inbox/conversation/216')).toBe('216');
    expect(conversationIdFrom('/intercom/a/inbox/demo/inbox')).toBeUndefined();
    expect(conversationPath('/intercom/a/inbox/legacy/inbox/conversation/215', '216')).toBe(
      '/intercom/a/inbox/legacy/inbox/conversation/216',
    );
  });

  it('accepts ?parts= from 1 to MAX_PARTS and refuses anything else', () => {
    expect(partsParam('')).toBeUndefined();
    expect(partsParam('?parts=1')).toBe(1);
    expect(partsParam(`?x=1&parts=${MAX_PARTS}`)).toBe(MAX_PARTS);
    for (const bad of ['0', '5001', '1.5', '-3', '', 'ten']) {
      expect(() => partsParam(`?parts=${bad}`)).toThrow(RangeError);
    }
  });
});

describe('the generated long conversation', () => {
  const thread = longThread(marco, 400, now);

  it('has N parts, oldest first, the newest a minute ago, each with its own id', () => {
    expect(thread.parts).toHaveLength(400);
    expect(thread.conversation).toBe(marco);
    const times = thread.parts.map((part) => part.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.at(-1)).toBe(now.getTime() - 60_000);
    expect(new Set(thread.parts.map((part) => part.id)).size).toBe(400);
  });

  it('alternates customer and teammate with an occasional note, in messages of 1 to 4 paragraphs', () => {
    const kinds = thread.parts.slice(0, 10).map((part) => part.category);
    expect(kinds).toEqual(['1', '3', '1', '3', '1', '3', '1', '3', '4', '3']);
    expect(thread.parts.filter((part) => part.category === '1').every((p) => p.author.name === 'Marco Bellini')).toBe(
      true,
    );
    expect(thread.parts.filter((part) => part.category !== '1').every((p) => p.author.kind === 'admin')).toBe(true);
    const lengths = new Set(thread.parts.map((part) => part.paragraphs.length));
    expect([...lengths].sort()).toEqual([1, 2, 3, 4]);
    // Every written line gets used: no long run of the same few messages.
    const distinct = new Set(thread.parts.map((part) => part.paragraphs.join('\n')));
    expect(distinct.size).toBeGreaterThanOrEqual(20);
  });
});

describe('the written conversations', () => {
  it('flatten to parts with fresh numeric ids and know the customer’s last message', () => {
    const thread = threadOf(marco, now);
    expect(thread.parts).toHaveLength(8);
    expect(thread.parts.every((part) => /^\d+$/.test(part.id))).toBe(true);
    expect(threadOf(marco, now).parts[0]?.id).not.toBe(thread.parts[0]?.id);
    expect(lastCustomerPart(thread)?.paragraphs[0]).toMatch(/^"Checking" is not good enough/);
    const calm = threadOf(CONVERSATIONS[1]!, now);
    expect(calm.conversation.id).toBe('216');
    expect(calm.parts.map((part) => part.category)).toEqual(['1', '3']);
  });
});
