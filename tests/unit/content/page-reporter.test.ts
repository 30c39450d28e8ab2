import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { zendesk } from '@/lib/helpdesk/zendesk/reader';
import { startPageReporter, UNREADABLE_GRACE_MS } from '@/lib/page-reporter/page-reporter';
import { BOT_NAMES_KEY } from '@/lib/helpdesk';
import { envelope } from '@/lib/messaging/envelope';
import { zendeskMessage, zendeskTicket } from '../helpdesk/pages';

interface Sent {
  type: string;
  data: { status?: string; from?: number; tail?: unknown[]; conversation?: { messages: unknown[] } };
}

/** The extension's lifetime, its end under the test's control. */
function fakeLifetime() {
  let over = false;
  const lifetime = { ended: () => over };
  const end = () => {
    over = true;
  };
  lifetimes.push(end);
  return { lifetime, end };
}

const lifetimes: Array<() => void> = [];

let sent: Sent[];
let applied: boolean;
let log: Element;

beforeEach(() => {
  vi.useFakeTimers();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://acme.zendesk.com/agent/tickets/7',
  );
  ({ log } = zendeskTicket(document, '7', 3));
  document.body.replaceChildren(log.closest('[data-test-id="ticket-7-standard-layout"]')!);
  sent = [];
  applied = true;
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Steadyhand',
    version: '0.1.0',
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type, data } = message as Sent;
    sent.push({ type, data });
    return { ok: true, data: type === 'page:patch' ? { applied } : null };
  });
});

afterEach(async () => {
  // Ended, every reporter stops at its next heartbeat.
  for (const end of lifetimes.splice(0)) end();
  await vi.advanceTimersByTimeAsync(2_000);
  vi.useRealTimers();
  document.body.replaceChildren();
});

const append = async (i: number) => {
  log.append(zendeskMessage(document, i));
  await vi.advanceTimersByTimeAsync(600);
};

describe('page reporter', () => {
  it('says when reading failed, with the kind of error only, after the grace period', async () => {
    const failing = {
      zendesk: {
        ...zendesk,
        parse: () => {
          throw new TypeError('no such part: Dana Whitfield');
        },
      },
    };
    startPageReporter(fakeLifetime().lifetime, failing);
    await vi.advanceTimersByTimeAsync(UNREADABLE_GRACE_MS + 100);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'page:state', data: { status: 'unreadable' } });
    const { diagnostic } = sent[0]!.data as unknown as { diagnostic: { error: string } };
    expect(diagnostic.error).toBe('TypeError');
    // Never the message, which may quote the page.
    expect(JSON.stringify(sent[0])).not.toContain('Dana');
  });

  it('reads a message nested thousands of elements deep as far as it reads, without failing', async () => {
    startPageReporter(fakeLifetime().lifetime, { zendesk });
    await vi.advanceTimersByTimeAsync(0);
    let deep: Element = document.createElement('div');
    const top = deep;
    for (let i = 0; i < 3_000; i++) deep = deep.appendChild(document.createElement('div'));
    deep.append('bottom');
    const message = zendeskMessage(document, 3, { text: 'top' });
    message.querySelector('.zd-comment')!.append(top);
    log.append(message);
    await append(4);
    const last = sent.at(-1)!;
    expect(last).toMatchObject({ type: 'page:patch' });
    expect((last.data.tail as Array<{ text: string }>).map((m) => m.text)[0]).toBe('top');
  });

  it('reads once the stored bot names are known, in a task after the one that started it', async () => {
    startPageReporter(fakeLifetime().lifetime, { zendesk });
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((message) => message.type)).toEqual(['page:state']);
  });

  it('reports the whole conversation first, then only what changed', async () => {
    startPageReporter(fakeLifetime().lifetime, { zendesk });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'page:state', data: { status: 'ready' } });
    expect(sent[0]!.data.conversation!.messages).toHaveLength(3);

    await append(3);
    expect(sent.at(-1)).toMatchObject({ type: 'page:patch', data: { from: 3 } });
    expect(sent.at(-1)!.data.tail).toHaveLength(1);
  });

  it('sends everything again when the background no longer holds the conversation', async () => {
    startPageReporter(fakeLifetime().lifetime, { zendesk });
    await vi.advanceTimersByTimeAsync(0);
    applied = false;
    await append(3);
    expect(sent.map((message) => message.type)).toEqual(['page:state', 'page:patch', 'page:state']);
    expect(sent.at(-1)!.data.conversation!.messages).toHaveLength(4);
  });

  it('answers page:read with what it knows', async () => {
    startPageReporter(fakeLifetime().lifetime, { zendesk });
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    const background = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };
    const reply = new Promise((resolve) => void trigger(envelope('page:read', null), background, resolve));
    await vi.advanceTimersByTimeAsync(0);
    expect(await reply).toMatchObject({ ok: true, data: { status: 'ready' } });
  });

  it('reports an unreadable layout only once it lasts past the grace period', async () => {
    startPageReporter(fakeLifetime().lifetime, { zendesk });
    await vi.advanceTimersByTimeAsync(0);
    const parent = log.parentElement!;
    log.remove();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(sent.map((message) => message.type)).toEqual(['page:state']);

    // Back within the grace period (a page that was still rendering): nothing alarming was said.
    parent.append(log);
    await vi.advanceTimersByTimeAsync(UNREADABLE_GRACE_MS + 1_500);
    expect(sent.map((message) => message.data.status)).not.toContain('unreadable');

    log.remove();
    await vi.advanceTimersByTimeAsync(UNREADABLE_GRACE_MS + 1_500);
    expect(sent.at(-1)).toMatchObject({ type: 'page:state', data: { status: 'unreadable' } });
  });

  it('reads with the bot names the agent keeps, and reads again from scratch when they change', async () => {
    log.append(zendeskMessage(document, 3, { type: 'agent', author: 'Odie', text: 'Have you tried restarting?' }));
    await fakeBrowser.storage.local.set({ [BOT_NAMES_KEY]: ['Odie'] });
    startPageReporter(fakeLifetime().lifetime, { zendesk });
    await vi.advanceTimersByTimeAsync(0);
    // One read, with the stored list.
    const roleOfOdie = () =>
      (sent.at(-1)!.data.conversation!.messages as Array<{ author: string; role: string }>).find(
        (m) => m.author === 'Odie',
      )?.role;
    expect(sent.map((message) => message.type)).toEqual(['page:state']);
    expect(roleOfOdie()).toBe('bot');

    await fakeBrowser.storage.local.set({ [BOT_NAMES_KEY]: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-1)!.type).toBe('page:state');
    expect(roleOfOdie()).toBe('agent');

    // A value that is not a list of names means the defaults, and nothing breaks.
    await fakeBrowser.storage.local.set({ [BOT_NAMES_KEY]: 'Odie' });
    await vi.advanceTimersByTimeAsync(0);
    expect(roleOfOdie()).toBe('agent');
  });

  it('goes quiet once the extension is gone, without throwing into the page', async () => {
    const { lifetime, end } = fakeLifetime();
    startPageReporter(lifetime, { zendesk });
    await vi.advanceTimersByTimeAsync(0);
    end();
    await append(3);
    expect(sent).toHaveLength(1);
    // Typed without it, but the fake has it: every listener the reporter added is gone.
    expect((fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners()).toBe(false);
    expect((fakeBrowser.storage.onChanged as unknown as { hasListeners(): boolean }).hasListeners()).toBe(false);
  });
});
