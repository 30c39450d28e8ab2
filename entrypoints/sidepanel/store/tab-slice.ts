import type { StateCreator } from 'zustand';
import type { TabView } from '@/lib/messaging';
import type { PanelState } from './index';

export interface TabSlice {
  /** The tab the panel follows; null until known. */
  tabId: number | null;
  /** That tab's view; null while it is being fetched. */
  view: TabView | null;
  /** Why the panel could not get a view (the background did not answer, say). */
  error: string | null;
  showTab(tabId: number): void;
  showView(tabId: number, view: TabView): void;
  showError(tabId: number, error: string): void;
}

export const tabSlice: StateCreator<PanelState, [], [], TabSlice> = (set, get) => ({
  tabId: null,
  view: null,
  error: null,
  showTab: (tabId) => {
    // Another tab is another conversation: what was typed for the last one does not carry over.
    if (get().tabId !== tabId) set({ tabId, view: null, error: null, fills: {}, browse: null, status: null });
  },
  showView: (tabId, view) => {
    // A late answer about a tab the panel has since left must not replace the current one.
    if (get().tabId !== tabId) return;
    const before = get().view;
    const sameConversation =
      before?.status === 'ready' && view.status === 'ready' && before.conversation.id === view.conversation.id;
    set(sameConversation ? { view, error: null } : { view, error: null, fills: {}, browse: null, status: null });
  },
  showError: (tabId, error) => {
    if (get().tabId === tabId) set({ error });
  },
});
