// `composer:insert` with `into: 'internal-note'`: the content script inserts only while the composer writes an
// internal note, and otherwise refuses without touching the editor.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REQUEST_EVENT } from '@/lib/helpdesk/bridge/contract';
import { zendesk } from '@/lib/helpdesk/zendesk/reader';
import { contentChecks } from '@/lib/messaging/content';
import { envelope } from '@/lib/messaging/envelope';
import { startPageReporter } from '@/lib/page-reporter/page-reporter';
import { zendeskTicket } from '../helpdesk/pages';

let ended = false;
let requests: number;
const countRequest = () => requests++;

/** The ticket's composer, with a channel switcher set to `channel` (none when null). */
function showTicket(channel: string | null): void {
  const { root } = zendeskTicket(document, '7', 2);
  if (channel !== null) {
    const switcher = document.createElement('button');
    switcher.dataset.testId = 'omnichannel-channel-switcher-button';
    switcher.dataset.channel = channel;
    root.querySelector('[data-test-id="editor-view"]')!.prepend(switcher);
  }
  document.body.replaceChildren(root);
}

/** Asks the content script to insert, as the side panel does. */
async function insert(data: unknown): Promise<unknown> {
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  const panel = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
  const reply = new Promise((resolve) => void trigger(envelope('composer:insert', data), panel, resolve));
  await vi.advanceTimersByTimeAsync(1_000);
  return reply;
}

beforeEach(() => {
  vi.useFakeTimers();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://acme.zendesk.com/agent/tickets/7',
  );
  ended = false;
  requests = 0;
  document.addEventListener(REQUEST_EVENT, countRequest, true);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'S', version: '0.1.0' });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: null });
});

afterEach(async () => {
  ended = true;
  await vi.advanceTimersByTimeAsync(2_000);
  vi.useRealTimers();
  document.removeEventListener(REQUEST_EVENT, countRequest, true);
  document.body.replaceChildren();
  // Each test's content script answers alone: the last one's listeners go with the fake browser's reset.
  fakeBrowser.reset();
});

describe('composer:insert into an internal note', () => {
  it.each([
    ['web', 'not-internal-note'],
    [null, 'mode-unknown'],
  ])('refuses while the switcher says %s (%s), inserting nothing', async (channel, reason) => {
    showTicket(channel);
    startPageReporter({ ended: () => ended }, { zendesk });
    const reply = await insert({ text: 'Complaint: double charge', into: 'internal-note' });
    expect(reply).toEqual({ ok: true, data: { ok: false, reason } });
    expect(requests).toBe(0);
    expect(document.querySelector('[role="textbox"]')!.textContent).toBe('');
  });

  it('goes the way of every insertion while the composer writes an internal note', async () => {
    showTicket('internal');
    startPageReporter({ ended: () => ended }, { zendesk });
    const reply = (await insert({ text: 'Complaint: double charge', into: 'internal-note' })) as {
      data: { reason?: string };
    };
    expect(requests).toBe(1); // asked the composer bridge, as a phrase does
    expect(['not-internal-note', 'mode-unknown']).not.toContain(reply.data.reason);
  });

  it('leaves phrases (no `into`) to go into a public reply as before', async () => {
    showTicket('web');
    startPageReporter({ ended: () => ended }, { zendesk });
    await insert({ text: 'I understand.' });
    expect(requests).toBe(1);
  });

  it('accepts only the one destination it knows', () => {
    const check = contentChecks['composer:insert'].request;
    expect(check({ text: 'x', into: 'internal-note' })).toEqual({
      ok: true,
      value: { text: 'x', into: 'internal-note' },
    });
    expect(check({ text: 'x', into: 'public' }).ok).toBe(false);
    expect(check({ text: 'x' }).ok).toBe(true);
  });
});
