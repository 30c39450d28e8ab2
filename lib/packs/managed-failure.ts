// When the background cannot store the policy's packs (a full storage above all), the options page must
// still be able to say so. The record lives in storage.session, which has room of its own when
// storage.local is full; it goes when the browser restarts, and the background tries again then anyway.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

const ManagedFailure = z.strictObject({
  /** When the write failed (ISO 8601). */
  at: z.string(),
  /** What went wrong, as it was thrown: shown when there is no `code`. */
  message: z.string(),
  /** What went wrong, for the options page to word in its language. */
  code: z.optional(z.literal('storage-full')),
});
export type ManagedFailure = z.infer<typeof ManagedFailure>;

// Written by the background only: set when storing the policy's packs fails, removed once it works.
export const managedFailureItem = storage.defineItem<ManagedFailure | null>('session:managedPacksFailure', {
  fallback: null,
});

export async function readManagedFailure(): Promise<ManagedFailure | null> {
  const parsed = ManagedFailure.safeParse(await managedFailureItem.getValue());
  return parsed.success ? parsed.data : null;
}
