import { isQuotaExceeded } from '../storage-quota';

export { isQuotaExceeded };

/**
 * The browser refused to store more (the disk or the origin's quota is full). Writes that hit it are rolled
 * back whole; callers show it to the agent (a localised message keyed on `code`) and keep their unsaved
 * input, so nothing is lost and nothing fails silently.
 */
export class QuotaError extends Error {
  readonly code = 'quota';

  constructor(cause: unknown) {
    super('Browser storage is full: the notes could not be saved. Free some space or delete old notes.', { cause });
    this.name = 'QuotaError';
  }
}

/**
 * Saves landed but what is stored is not what the agent typed: another tab saved a newer edit of the same
 * field, or the record was deleted meanwhile. Callers say so (a localised message keyed on `code`) and keep
 * the typed text; the agent's next edit of the field saves it again, and wins.
 */
export class NotSavedError extends Error {
  readonly code = 'conflict';

  constructor(readonly fields: string[]) {
    super(`Not saved: ${fields.join(', ')} changed elsewhere (another tab or window) after you typed.`);
    this.name = 'NotSavedError';
  }
}

/** Runs a write, turning a quota failure into a QuotaError; every other error passes through unchanged. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaExceeded(error) ? new QuotaError(error) : error;
  }
}
