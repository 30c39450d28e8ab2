import type { StateCreator } from 'zustand';
import type { DraftRead } from '@/lib/framework/draft-parts';
import type { DraftChange } from '@/lib/messaging';
import type { PanelState } from './index';

/** What the draft in one tab's reply editor does, for the conversation it was written in. */
export interface TabDraft {
  conversationId: string;
  read: DraftRead;
}

export interface DraftSlice {
  /** Per tab: what its draft does; absent until the agent types, and once the draft is empty or sent. */
  drafts: Partial<Record<number, TabDraft>>;
  showDraft(change: DraftChange): void;
  /** The tab shows another conversation: what was drafted for the last one no longer applies. */
  forgetDraft(tabId: number): void;
}

export const draftSlice: StateCreator<PanelState, [], [], DraftSlice> = (set, get) => ({
  drafts: {},
  showDraft: ({ tabId, conversationId, read }) => {
    const { [tabId]: _old, ...others } = get().drafts;
    set({ drafts: read === null ? others : { ...others, [tabId]: { conversationId, read } } });
  },
  forgetDraft: (tabId) => {
    if (get().drafts[tabId] === undefined) return;
    const { [tabId]: _old, ...others } = get().drafts;
    set({ drafts: others });
  },
});
