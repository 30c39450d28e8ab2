import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { draftSlice, type DraftSlice } from './draft-slice';
import { notesSlice, type NotesSlice } from './notes-slice';
import { phrasesSlice, type PhrasesSlice } from './phrases-slice';
import { tabSlice, type TabSlice } from './tab-slice';

export type PanelState = TabSlice & PhrasesSlice & NotesSlice & DraftSlice;

export const createPanelStore = () =>
  createStore<PanelState>()((...args) => ({
    ...tabSlice(...args),
    ...phrasesSlice(...args),
    ...notesSlice(...args),
    ...draftSlice(...args),
  }));

export const panelStore = createPanelStore();

/** Components read through narrow selectors, so each re-renders only for what it shows. */
export function usePanelStore<T>(selector: (state: PanelState) => T): T {
  return useStore(panelStore, selector);
}
