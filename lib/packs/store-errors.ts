// Why a change to the stored packs could not be made, as a code with what the page needs to say it in the
// reader's language (lib has no translations): the options page words it, with the sizes in its locale.
import { isQuotaExceeded } from '../storage-quota';

/** A pack named in a problem, with the room it takes in storage (bytes of JSON, UTF-8). */
export interface SizedPack {
  name: string;
  bytes: number;
}

/** What did not happen when the storage was full: which write it was decides what the reader can do. */
export type UnsavedChange = 'packs' | 'draft' | 'managed';

/** A refusal the person who asked can act on. */
export type PackStoreProblem =
  /** The browser refused to store more; nothing of `unsaved` changed. */
  | { code: 'storage-full'; unsaved: UnsavedChange }
  /** Installing `adding` would take the user's packs over `budget` bytes; the others take `used`. */
  | { code: 'budget'; adding: SizedPack; budget: number; used: number; largest: SizedPack[] }
  /** A draft is larger than a pack may be (`limit` bytes). */
  | { code: 'draft-too-large'; limit: number }
  /** What is stored cannot be read, so nothing is written over it. */
  | { code: 'unreadable' };

export class PackStoreError extends Error {
  override name = 'PackStoreError';

  /**
   * `problem`: the refusal in codes, for the page to word; null for a call the page should never make (a
   * bug), which the message alone describes.
   */
  constructor(
    message: string,
    readonly problem: PackStoreProblem | null = null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Whether `error` is the browser refusing to store more: Firefox keeps storage.local in IndexedDB, which
 * reports it as notes do (storage-quota.ts); Chrome rejects storage.local writes with an Error whose
 * message names the quota ("QUOTA_BYTES quota exceeded").
 */
function isQuotaError(error: unknown): boolean {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : '';
  return isQuotaExceeded(error) || /quota/i.test(String(message));
}

/** Runs a storage write, turning a full storage into a PackStoreError ('storage-full'); every other error passes. */
export async function guardQuota<T>(unsaved: UnsavedChange, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const problem = { code: 'storage-full', unsaved } as const;
    throw new PackStoreError(`Browser storage for Steadyhand is full (${unsaved})`, problem, { cause: error });
  }
}
