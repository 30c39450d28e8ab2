// Why a change to the stored packs could not be made, in words the person who asked for it can act on.

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
 * Whether `error` is the browser refusing to store more. Chrome rejects storage.local writes with an
 * Error whose message names the quota ("QUOTA_BYTES quota exceeded"); Firefox keeps storage.local in
 * IndexedDB, which reports a `QuotaExceededError` (formerly `NS_ERROR_DOM_QUOTA_REACHED`).
 */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return /QuotaExceeded|QUOTA_REACHED/.test(String(name)) || /quota/i.test(String(message));
}

/** Runs a storage write, turning a full storage into a PackStorageFullError; every other error passes. */
export async function guardQuota<T>(consequence: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaError(error) ? new PackStorageFullError(consequence, error) : error;
  }
}
