import type { PhraseStatus } from '@/entrypoints/sidepanel/components/ActionStatus';
import type { StateCreator } from 'zustand';
import type { PackStep, PhrasePack } from '@/lib/packs';
import type { PanelState } from './index';

export interface PhrasesSlice {
  /** The enabled packs, highest priority first; null until loaded. */
  packs: PhrasePack[] | null;
  packsError: string | null;
  /** The step the agent chose to browse; null follows the guidance. */
  browse: PackStep | null;
  query: string;
  /** Values the agent typed for variables the conversation does not give, by variable name. */
  fills: Record<string, string>;
  /** What became of the last insert or copy, for the agent (and screen readers) to hear. */
  status: PhraseStatus | null;
  setPacks(packs: PhrasePack[]): void;
  setPacksError(error: string): void;
  setBrowse(step: PackStep | null): void;
  setQuery(query: string): void;
  fill(name: string, value: string): void;
  setStatus(status: PhraseStatus | null): void;
}

export const phrasesSlice: StateCreator<PanelState, [], [], PhrasesSlice> = (set) => ({
  packs: null,
  packsError: null,
  browse: null,
  query: '',
  fills: {},
  status: null,
  setPacks: (packs) => set({ packs, packsError: null }),
  setPacksError: (packsError) => set({ packsError }),
  setBrowse: (browse) => set({ browse, query: '' }),
  setQuery: (query) => set({ query }),
  fill: (name, value) => set((state) => ({ fills: { ...state.fills, [name]: value } })),
  setStatus: (status) => set({ status }),
});
