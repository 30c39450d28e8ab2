import type { StateCreator } from 'zustand';
import type { QuickNotesDraft, SaveState } from '@/entrypoints/sidepanel/components/notes/QuickNotes';
import type { PanelState } from './index';

export interface NotesSlice {
  /** The record the draft belongs to (`recordId`: `helpdesk:account:ticketId`); null until loaded. */
  notesFor: string | null;
  draft: QuickNotesDraft;
  saveState: SaveState;
  loadNotes(recordId: string, draft: QuickNotesDraft): void;
  editNotes(patch: Partial<QuickNotesDraft>): void;
  setSaveState(state: SaveState): void;
}

export const EMPTY_DRAFT: QuickNotesDraft = { complaint: '', solution: '', outcome: '', followUpDate: '' };

export const notesSlice: StateCreator<PanelState, [], [], NotesSlice> = (set) => ({
  notesFor: null,
  draft: EMPTY_DRAFT,
  saveState: { kind: 'idle' },
  loadNotes: (notesFor, draft) => set({ notesFor, draft, saveState: { kind: 'idle' } }),
  editNotes: (patch) => set((state) => ({ draft: { ...state.draft, ...patch } })),
  setSaveState: (saveState) => set({ saveState }),
});
