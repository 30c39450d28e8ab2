import { browser } from 'wxt/browser';
import { refreshManagedPacks } from '@/lib/packs/managed';

function refresh(force: boolean): void {
  // A failure to store the packs is also recorded for the options page (managed-failure.ts); the log is
  // for whoever debugs the service worker.
  refreshManagedPacks({ force }).catch((error: unknown) => {
    console.error('Steadyhand: could not refresh the phrase packs pushed by policy', error);
  });
}

/**
 * Keeps the policy's packs current: on every start of the service worker (URL packs are downloaded again
 * only when due) and whenever the administrator changes the policy.
 */
export function keepManagedPacksFresh(): void {
  refresh(false);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') refresh(true);
  });
}
