import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { TabView } from '@/lib/messaging';

export interface PanelState {
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

export const createPanelStore = () =>
  createStore<PanelState>()((set, get) => ({
    tabId: null,
    view: null,
    error: null,
    showTab: (tabId) => {
      if (get().tabId !== tabId) set({ tabId, view: null, error: null });
    },
    showView: (tabId, view) => {
      // A late answer about a tab the panel has since left must not replace the current one.
      if (get().tabId === tabId) set({ view, error: null });
    },
    showError: (tabId, error) => {
      if (get().tabId === tabId) set({ error });
    },
  }));

export const panelStore = createPanelStore();

export function usePanelStore<T>(selector: (state: PanelState) => T): T {
  return useStore(panelStore, selector);
}
