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

/** The guidance's step in a view, when it has one. */
const stepOf = (view: TabView | null) => (view?.status === 'ready' ? view.guidance.step : null);

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
    if (!sameConversation) {
      get().forgetDraft(tabId);
      return set({ view, error: null, fills: {}, browse: null, status: null });
    }
    // A step picked by hand answered the guidance of the moment: when the guidance moves on, so does the panel.
    set(stepOf(before) === stepOf(view) ? { view, error: null } : { view, error: null, browse: null });
  },
  patchView: (tabId, { conversation: patch, guidance }) => {
    // A patch about a tab the panel has left is nothing to show, and nothing to ask for.
    if (get().tabId !== tabId) return true;
    const view = get().view;
    const conversation = view?.status === 'ready' ? applyPatch(view.conversation, patch) : null;
    if (!conversation) return false;
    const moved = stepOf(view) !== guidance.step;
    set({ view: { status: 'ready', conversation, guidance }, error: null, ...(moved ? { browse: null } : {}) });
    return true;
  },
  showError: (tabId, error) => {
    if (get().tabId === tabId) set({ error });
  },
});
