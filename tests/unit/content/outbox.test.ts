import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '@/lib/conversation';
import type { ConversationPatch, PageState } from '@/lib/messaging/protocol';
import { createOutbox, SEND_CHUNK } from '@/lib/page-reporter/outbox';

const message = (i: number): Message => ({
  id: `m${i}`,
  role: 'customer',
  author: 'Ada',
  internal: false,
  text: `message ${i}`,
  at: null,
  channel: null,
  attachments: [],
});
const head = {
  helpdesk: 'zendesk',
  id: '7',
  subject: 'Refund',
  customer: { name: 'Ada', email: null },
  channel: null,
} as const;
const ready = (n: number): Extract<PageState, { status: 'ready' }> => ({
  status: 'ready',
  conversation: { ...head, messages: Array.from({ length: n }, (_, i) => message(i)) },
});

let sent: Array<['state', PageState] | ['patch', ConversationPatch]>;
let applied: boolean;
const lifetime = { ended: () => false };
const outbox = () =>
  createOutbox(lifetime, {
    state: async (state) => void sent.push(['state', state]),
    patch: async (patch) => (sent.push(['patch', patch]), applied),
  });
const shape = () =>
  sent.map(([kind, data]) =>
    kind === 'state'
      ? `state ${data.status === 'ready' ? data.conversation.messages.length : data.status}`
      : `patch ${data.from}+${data.tail.length}`,
  );

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  applied = true;
});
afterEach(() => vi.useRealTimers());

describe('outbox', () => {
  it('sends a short conversation at once, whole', () => {
    outbox().state(ready(3));
    expect(shape()).toEqual(['state 3']);
  });

  it(`sends a long one as its first ${SEND_CHUNK} messages, then patches, one per task`, async () => {
    outbox().state(ready(250));
    expect(shape()).toEqual(['state 100']);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(shape()).toEqual(['state 100', 'patch 100+100', 'patch 200+50']);
  });

  it('keeps patches in order behind the parts still to send', async () => {
    const box = outbox();
    box.state(ready(150));
    box.patch(ready(151), 150);
    await vi.advanceTimersByTimeAsync(5);
    expect(shape()).toEqual(['state 100', 'patch 100+50', 'patch 150+1']);
  });

  it('drops what is still queued when a new whole state comes', async () => {
    const box = outbox();
    box.state(ready(350));
    box.state({ status: 'no-conversation', helpdesk: 'zendesk' });
    await vi.advanceTimersByTimeAsync(5);
    expect(shape()).toEqual(['state 100', 'state no-conversation']);
  });

  it('sends a header change as a patch with no message', () => {
    outbox().patch(ready(3), 3);
    expect(shape()).toEqual(['patch 3+0']);
  });

  it('sends everything again when the background lost the conversation', async () => {
    applied = false;
    outbox().patch(ready(3), 2);
    await vi.advanceTimersByTimeAsync(1);
    expect(shape()).toEqual(['patch 2+1', 'state 3']);
  });
});
