/**
 * Whether `error` is, or wraps, the browser refusing to store more: IndexedDB's `QuotaExceededError`
 * (Firefox used to say `NS_ERROR_DOM_QUOTA_REACHED`), directly, inside a transaction's `AbortError`
 * (Dexie's `inner`), as a `cause`, or among a bulk write's `failures`. The notes store and the pack store
 * both ask it; each adds what only its own storage does.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  return nested.some((inner) => isQuotaExceeded(inner, depth + 1));
}
