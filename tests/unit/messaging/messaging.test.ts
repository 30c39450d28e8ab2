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

function call(listener: Listener, raw: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const kept = listener(raw, {}, resolve);
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
