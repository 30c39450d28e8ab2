import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followActiveTab } from '@/entrypoints/sidepanel/follow-active-tab';
import { createPanelStore } from '@/entrypoints/sidepanel/store';
import { envelope } from '@/lib/messaging/envelope';
import type { TabView } from '@/lib/messaging';

const views: Record<number, TabView> = {
  1: { status: 'not-helpdesk' },
  2: { status: 'no-conversation', helpdesk: 'zendesk' },
};

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => {
    const { data } = raw as { data: { tabId: number } };
    return { ok: true, data: views[data.tabId] };
  });
});

const settle = () => new Promise((done) => setTimeout(done, 0));
/** Who sends `tab:changed`: the extension's service worker. */
const BACKGROUND = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };

describe('followActiveTab', () => {
  it('shows a pinned tab and ignores tab switches', async () => {
    const store = createPanelStore();
    await followActiveTab(store, '?tab=2');
    expect(store.getState()).toMatchObject({ tabId: 2, view: views[2] });
  });

  it('follows the active tab of its own window', async () => {
    const window = await fakeBrowser.windows.create({ focused: true });
    const first = await fakeBrowser.tabs.create({ url: 'https://example.com/', windowId: window.id! });
    // The fake ignores `active` on create; the panel asks for the active tab of its own window.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([first]);
    const store = createPanelStore();
    views[first.id!] = { status: 'not-helpdesk' };
    await followActiveTab(store, '');
    expect(query).toHaveBeenCalledWith({ active: true, windowId: window.id });
    expect(store.getState().tabId).toBe(first.id);

    views[99] = { status: 'not-connected', helpdesk: 'intercom' };
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId: first.windowId! });
    await settle();
    expect(store.getState()).toMatchObject({ tabId: 99, view: views[99] });

    // A tab activated in another window belongs to that window's panel.
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 1, windowId: first.windowId! + 1 });
    await settle();
    expect(store.getState().tabId).toBe(99);
  });

  it('applies pushed views for its tab only', async () => {
    const store = createPanelStore();
    await followActiveTab(store, '?tab=1');
    // The fake's trigger is typed without Chrome's sendResponse argument, which our listener uses.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    const respond = vi.fn();
    await trigger(envelope('tab:changed', { tabId: 5, view: { status: 'not-helpdesk' } }), BACKGROUND, respond);
    await trigger(
      envelope('tab:changed', { tabId: 1, view: { status: 'loading', helpdesk: 'zendesk' } }),
      BACKGROUND,
      respond,
    );
    await settle();
    expect(store.getState().view).toEqual({ status: 'loading', helpdesk: 'zendesk' });
    expect(respond).toHaveBeenCalledWith({ ok: true, data: null });
  });

  it('applies a patch to the conversation it shows, and asks for the whole view when it holds another', async () => {
    const message = (id: string, text: string) => ({
      id,
      role: 'customer' as const,
      author: 'Ada',
      internal: false,
      text,
      at: null,
      channel: null,
      attachments: [],
    });
    const head = {
      helpdesk: 'zendesk' as const,
      id: '42',
      subject: 'Refund',
      customer: { name: 'Ada', email: null },
      channel: null,
    };
    const guidance = { step: 'listen' as const, reason: 'r', completed: [], signals: [] };
    const ready: TabView = { status: 'ready', conversation: { ...head, messages: [message('a', 'one')] }, guidance };
    views[3] = ready;
    const store = createPanelStore();
    await followActiveTab(store, '?tab=3');
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    const next = { ...guidance, step: 'empathize' as const };
    const patch = { conversation: { ...head, from: 1, tail: [message('b', 'two')] }, guidance: next };
    await trigger(envelope('tab:changed', { tabId: 3, patch }), BACKGROUND, vi.fn());
    await settle();
    expect(store.getState().view).toEqual({
      status: 'ready',
      conversation: { ...head, messages: [message('a', 'one'), message('b', 'two')] },
      guidance: next,
    });

    // A patch for a conversation it does not hold (another id): the panel asks for the whole view.
    const ask = vi.mocked(fakeBrowser.runtime.sendMessage);
    const asked = ask.mock.calls.length;
    const other = { ...patch, conversation: { ...patch.conversation, id: '43', from: 5 } };
    await trigger(envelope('tab:changed', { tabId: 3, patch: other }), BACKGROUND, vi.fn());
    await settle();
    expect(ask.mock.calls.length).toBe(asked + 1);
    expect(store.getState().view).toEqual(ready);
  });

  it('shows why the background did not answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    const store = createPanelStore();
    await followActiveTab(store, '?tab=1');
    expect(store.getState().error).toBe('Receiving end does not exist.');
  });
});
