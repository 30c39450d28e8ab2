import { browser } from 'wxt/browser';
import type { StoreApi } from 'zustand';
import { onMessage, sendMessage } from '@/lib/messaging';
import type { PanelState } from './store';
import { errorText } from '@/lib/error-text';

/**
 * Keeps the panel on the active tab of its own window. `?tab=<id>` pins the panel to one tab instead,
 * which is how the panel is opened in a normal tab (tests, `npm start` without a side panel).
 */
export async function followActiveTab(store: StoreApi<PanelState>, search = location.search): Promise<void> {
  onMessage('tab:changed', (change) => {
    if ('view' in change) store.getState().showView(change.tabId, change.view);
    // A patch to a conversation the panel does not hold (it opened since): fetch the whole view.
    else if (!store.getState().patchView(change.tabId, change.patch)) void show(change.tabId);
    return null;
  });

  async function show(tabId: number): Promise<void> {
    store.getState().showTab(tabId);
    try {
      store.getState().showView(tabId, await sendMessage('tab:get', { tabId }));
    } catch (error) {
      store.getState().showError(tabId, errorText(error));
    }
  }

  const pinned = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) return show(pinned);

  const { id: windowId } = await browser.windows.getCurrent();
  browser.tabs.onActivated.addListener((active) => {
    if (active.windowId === windowId) void show(active.tabId);
  });
  const [tab] = await browser.tabs.query({ active: true, windowId });
  if (tab?.id !== undefined) await show(tab.id);
}
