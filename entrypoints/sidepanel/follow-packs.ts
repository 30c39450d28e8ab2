import type { StoreApi } from 'zustand';
import { activePacks, loadPackEntries, watchPackEntries } from '@/lib/packs';
import type { PanelState } from './store';
import { errorText } from '@/lib/error-text';

/** Keeps the panel's packs in step with the options page and the organisation's policy. */
export function followPacks(store: StoreApi<PanelState>): () => void {
  const load = () =>
    loadPackEntries().then(
      (entries) => store.getState().setPacks(activePacks(entries)),
      (error: unknown) => store.getState().setPacksError(errorText(error)),
    );
  void load();
  return watchPackEntries(() => void load());
}
