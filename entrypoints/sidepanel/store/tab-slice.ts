import type { StateCreator } from 'zustand';
import { applyPatch, type TabView, type ViewPatch } from '@/lib/messaging';
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
  /** Applies a change to the shown conversation; false when it is not the one shown (ask for the whole view). */
  patchView(tabId: number, patch: ViewPatch): boolean;
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
  patchView: (tabId, { conversation: patch, guidance }) => {
    // A patch about a tab the panel has left is nothing to show, and nothing to ask for.
    if (get().tabId !== tabId) return true;
    const view = get().view;
    const conversation = view?.status === 'ready' ? applyPatch(view.conversation, patch) : null;
    if (!conversation) return false;
    set({ view: { status: 'ready', conversation, guidance }, error: null });
    return true;
  },
  showError: (tabId, error) => {
    if (get().tabId === tabId) set({ error });
  },
});
