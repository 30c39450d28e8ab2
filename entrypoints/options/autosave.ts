// Keeping the trainer's work: the draft in the editor is written to this device shortly after every change
// and as the page is hidden or closed, and closing or reloading the tab with unsaved changes asks first.
import { useEffect } from 'react';
import type { OptionsStore } from './store';

/** Long enough not to write on every key, short enough that a crash loses a moment's typing at most. */
export const AUTOSAVE_DELAY_MS = 500;

/** Autosaves the editor's draft `delay` ms after its last change, and at once when the page is hidden. */
export function followAutosave(store: OptionsStore, delay = AUTOSAVE_DELAY_MS): () => void {
  const stop = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    void store.getState().autosave(stop.signal);
  };
  // A tab being switched away from may never come back (closed from the tab strip, discarded, crashed).
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const unsubscribe = store.subscribe((state, before) => {
    if (state.draft === before.draft && state.draftStep === before.draftStep && state.unsaved === before.unsaved)
      return;
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    // The page is being torn down (in tests, between them): a write still under way must not land.
    stop.abort();
    removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * Asks before the tab is closed or reloaded while there are unsaved changes. The autosave keeps them
 * anyway (the page offers them again next time), but the trainer may not know that, and a reload they
 * did not mean is cheaper to stop than to recover from.
 */
export function useUnloadGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chrome before 119 and Firefox's older paths ask only when returnValue is set.
      event.returnValue = '';
    };
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [active]);
}
