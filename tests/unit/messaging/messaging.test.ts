import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessagingError, onMessage, sendMessage, sendToTab } from '@/lib/messaging';
import { envelope, isEnvelope, openReply } from '@/lib/messaging/envelope';
import { zodChecks } from '@/lib/messaging/zod-checks';

type Listener = (raw: unknown, sender: object, sendResponse: (reply: unknown) => void) => true | undefined;

function captureListener(register: () => void): Listener {
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  register();
  const listener = add.mock.calls.at(-1)?.[0] as unknown as Listener;
  add.mockRestore();
  return listener;
}

/** The side panel, as Chrome describes it to a listener. */
const PANEL = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

function call(listener: Listener, raw: unknown, sender: object = PANEL): Promise<unknown> {
  return new Promise((resolve) => {
    const kept = listener(raw, sender, resolve);
    if (kept !== true) setTimeout(() => resolve('no async answer'), 0);
  });
}

describe('envelope', () => {
  it('recognises only our tagged messages', () => {
    expect(isEnvelope(envelope('page:read', null))).toBe(true);
    expect(isEnvelope({ hello: 1 })).toBe(false);
    expect(isEnvelope({ steadyhand: 2, type: 'page:read', data: null })).toBe(false);
    expect(isEnvelope({ steadyhand: 1, type: 'page:read' })).toBe(false);
  });

  it('turns a remote failure or a malformed answer into a MessagingError', () => {
    const check = zodChecks['page:read'].response;
    expect(() => openReply('page:read', { ok: false, error: 'boom' }, check)).toThrow(new MessagingError('boom'));
    expect(() => openReply('page:read', undefined, check)).toThrow(/No valid answer/);
    expect(() => openReply('page:read', { ok: true, data: { status: 'weird' } }, check)).toThrow(
      /Invalid answer to "page:read"/,
    );
  });
});

describe('onMessage', () => {
  it('answers its own type asynchronously with the handler’s result', async () => {
    const listener = captureListener(() => onMessage('tab:get', async () => ({ status: 'not-helpdesk' as const })));
    await expect(call(listener, envelope('tab:get', { tabId: 4 }))).resolves.toEqual({
      ok: true,
      data: { status: 'not-helpdesk' },
    });
  });

  it('refuses senders the protocol does not allow, before reading the payload', async () => {
    const handler = vi.fn((): never => {
      throw new Error('the handler must not be called');
    });
    const tabGet = captureListener(() => onMessage('tab:get', handler));
    // A content script (a helpdesk page's url) may not ask for any tab's view.
    const contentScript = {
      id: fakeBrowser.runtime.id,
      url: 'https://acme.zendesk.com/agent/tickets/1',
      tab: { id: 3 },
      frameId: 0,
    };
    await expect(call(tabGet, envelope('tab:get', { tabId: 4 }), contentScript)).resolves.toEqual({
      ok: false,
      error: 'Refused "tab:get": only Steadyhand’s own pages send it',
    });
    // Another extension may not talk to us at all.
    await expect(
      call(tabGet, envelope('tab:get', { tabId: 4 }), { ...PANEL, id: 'other-extension' }),
    ).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/does not come from Steadyhand/),
    });
    // Page reports come from a tab's top frame only: not a panel, not an iframe.
    const pageState = captureListener(() => onMessage('page:state', handler));
    const report = envelope('page:state', { status: 'not-helpdesk' });
    await expect(call(pageState, report, PANEL)).resolves.toMatchObject({ ok: false });
    await expect(call(pageState, report, { ...contentScript, frameId: 2 })).resolves.toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
    // From a tab's top frame, the handler is called.
    await expect(call(pageState, report, contentScript)).resolves.toEqual({
      ok: false,
      error: 'the handler must not be called',
    });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('leaves other messages to other listeners', async () => {
    const listener = captureListener(() => onMessage('tab:get', () => ({ status: 'not-helpdesk' })));
    await expect(call(listener, envelope('page:read', null))).resolves.toBe('no async answer');
  });

  it('answers an invalid payload with the validation error, without calling the handler', async () => {
    const handler = vi.fn();
    const listener = captureListener(() => onMessage('tab:get', handler));
    const reply = await call(listener, { steadyhand: 1, type: 'tab:get', data: { tabId: 'seven' } });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/Invalid "tab:get" message:[\s\S]*tabId/) });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a handler’s error back to the sender', async () => {
    const listener = captureListener(() =>
      onMessage('page:read', () => {
        throw new Error('layout changed');
      }),
    );
    await expect(call(listener, envelope('page:read', null))).resolves.toEqual({ ok: false, error: 'layout changed' });
  });

  it('stops listening when asked', () => {
    let stop = () => {};
    const listener = captureListener(() => {
      stop = onMessage('page:read', () => ({ status: 'no-conversation', helpdesk: 'zendesk' }));
    });
    expect(fakeBrowser.runtime.onMessage.hasListener(listener as never)).toBe(true);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListener(listener as never)).toBe(false);
  });
});

describe('sending', () => {
  it('parses the answer it gets', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: true, data: { status: 'not-helpdesk' } });
    await expect(sendMessage('tab:get', { tabId: 1 })).resolves.toEqual({ status: 'not-helpdesk' });
  });

  it('rejects an answer that breaks the protocol', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValueOnce({ ok: true, data: { status: 'ready' } });
    await expect(sendToTab(3, 'page:read', null)).rejects.toThrow(/Invalid answer to "page:read"/);
  });
});
