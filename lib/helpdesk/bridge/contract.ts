/**
 * The only messages between the isolated world (content script) and the main-world composer
 * bridge. Objects do not cross worlds, so `detail` is a JSON string; both sides check it with the
 * guards below and drop anything else. The guards are hand-written, not zod: both scripts run on
 * every helpdesk page and must stay small (the content script's budget is 15 KB gzipped).
 *
 * - The isolated world dispatches `REQUEST_EVENT` on the composer element itself (bubbling), so no
 *   attribute is written to the page to point the bridge at it.
 * - The bridge answers with `RESPONSE_EVENT` on `document`, echoing the nonce.
 */
export const REQUEST_EVENT = 'steadyhand:composer-insert';
export const RESPONSE_EVENT = 'steadyhand:composer-insert-result';

/** Longest text the bridge inserts (phrases are a few sentences). */
export const MAX_TEXT = 10_000;
/** Longest `detail` string either side parses. */
export const MAX_DETAIL = 2 * MAX_TEXT + 200;

const NONCE = /^[A-Za-z0-9_-]{16,64}$/;
const REASON = /^[a-z-]{1,40}$/;

export interface InsertRequest {
  v: 1;
  nonce: string;
  text: string;
}

/** `reason` is a short code, never page text. */
export interface InsertResponse {
  v: 1;
  nonce: string;
  ok: boolean;
  reason?: string;
}

type Guard<T> = (value: unknown) => value is T;

function record(
  value: unknown,
  keys: readonly string[],
  optional: readonly string[] = [],
): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return keys.every((key) => own.includes(key)) && own.every((key) => keys.includes(key) || optional.includes(key));
}

export const isInsertRequest: Guard<InsertRequest> = (value): value is InsertRequest =>
  record(value, ['v', 'nonce', 'text']) &&
  value.v === 1 &&
  typeof value.nonce === 'string' &&
  NONCE.test(value.nonce) &&
  typeof value.text === 'string' &&
  value.text.length >= 1 &&
  value.text.length <= MAX_TEXT;

export const isInsertResponse: Guard<InsertResponse> = (value): value is InsertResponse =>
  record(value, ['v', 'nonce', 'ok'], ['reason']) &&
  value.v === 1 &&
  typeof value.nonce === 'string' &&
  NONCE.test(value.nonce) &&
  typeof value.ok === 'boolean' &&
  (value.reason === undefined || (typeof value.reason === 'string' && REASON.test(value.reason)));

/** Parses a `detail` JSON string with a guard; null for anything else. */
export function parseDetail<T>(guard: Guard<T>, detail: unknown): T | null {
  if (typeof detail !== 'string' || detail.length > MAX_DETAIL) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  return guard(value) ? value : null;
}
