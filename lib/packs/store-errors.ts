// Why a change to the stored packs could not be made, in words the person who asked for it can act on.
import { isQuotaExceeded } from '../storage-quota';

export class PackStoreError extends Error {
  override name = 'PackStoreError';
}

/** The browser refused to store more: its storage for the extension is full. */
class PackStorageFullError extends PackStoreError {
  override name = 'PackStorageFullError';

  /** `consequence`: what did not happen because of it, and what the reader can do about it. */
  constructor(consequence: string, cause: unknown) {
    super(`Browser storage for Steadyhand is full: ${consequence}`, { cause });
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

/** Runs a storage write, turning a full storage into a PackStorageFullError; every other error passes. */
export async function guardQuota<T>(consequence: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaError(error) ? new PackStorageFullError(consequence, error) : error;
  }
}
