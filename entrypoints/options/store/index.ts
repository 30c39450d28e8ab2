import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { botNamesSlice, type BotNamesSlice } from './bot-names-slice';
import type { OptionsDeps } from './deps';
import { draftsSlice, type DraftsSlice } from './drafts-slice';
import { editorSlice, type EditorSlice } from './editor-slice';
import { importSlice, type ImportSlice } from './import-slice';
import { leaveSlice, type LeaveSlice } from './leave-slice';
import { packsSlice, type PacksSlice } from './packs-slice';
import { sessionSlice, type SessionSlice } from './session-slice';

export type OptionsState = PacksSlice &
  ImportSlice &
  EditorSlice &
  LeaveSlice &
  DraftsSlice &
  SessionSlice &
  BotNamesSlice;
export type OptionsStore = StoreApi<OptionsState>;

/** One slice of the options page's state, with access to the whole store and to the outside world. */
export type Slice<T> = (set: OptionsStore['setState'], get: OptionsStore['getState'], deps: OptionsDeps) => T;

export const createOptionsStore = (deps: OptionsDeps): OptionsStore =>
  createStore<OptionsState>()((set, get) => ({
    ...packsSlice(set, get, deps),
    ...importSlice(set, get, deps),
    ...editorSlice(set, get, deps),
    ...leaveSlice(set, get, deps),
    ...draftsSlice(set, get, deps),
    ...sessionSlice(set, get, deps),
    ...botNamesSlice(set, get, deps),
  }));

export const OptionsStoreContext = createContext<OptionsStore | null>(null);

/** The store itself, for event handlers: they call its actions without re-rendering on every change. */
export function useOptionsStore(): OptionsStore {
  const store = useContext(OptionsStoreContext);
  if (!store) throw new Error('The options page needs an OptionsStoreContext provider');
  return store;
}

export function useOptions<T>(selector: (state: OptionsState) => T): T {
  return useStore(useOptionsStore(), selector);
}
