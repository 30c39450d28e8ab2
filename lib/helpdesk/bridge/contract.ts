import * as z from 'zod/mini';

/**
 * The only messages between the isolated world (content script) and the main-world composer
 * bridge. Objects do not cross worlds, so `detail` is a JSON string; both sides parse it with these
 * schemas and drop anything else. zod/mini keeps the main-world script small.
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

const Nonce = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/));

export const InsertRequest = z.strictObject({
  v: z.literal(1),
  nonce: Nonce,
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
});
export type InsertRequest = z.infer<typeof InsertRequest>;

/** `reason` is a short code, never page text. */
export const InsertResponse = z.strictObject({
  v: z.literal(1),
  nonce: Nonce,
  ok: z.boolean(),
  reason: z.optional(z.string().check(z.regex(/^[a-z-]{1,40}$/))),
});
export type InsertResponse = z.infer<typeof InsertResponse>;

/** Parses a `detail` JSON string with a schema; null for anything else. */
export function parseDetail<T>(schema: z.ZodMiniType<T>, detail: unknown): T | null {
  if (typeof detail !== 'string' || detail.length > MAX_DETAIL) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
