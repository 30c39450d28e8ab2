import type { StoreApi } from 'zustand';
import { onMessage } from '@/lib/messaging';
import type { PanelState } from './index';

/** Takes the background's word on what each tab's draft does; returns the function that stops listening. */
export function followDrafts(store: StoreApi<PanelState>): () => void {
  return onMessage('tab:draft', (change) => {
    store.getState().showDraft(change);
    return null;
  });
}
