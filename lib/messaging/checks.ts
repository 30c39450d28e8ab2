import type { MessageType, RequestOf, ResponseOf } from './protocol';

/** A runtime check of one payload: the parsed value, or a message saying what is wrong. */
export type Check<T> = (raw: unknown) => { ok: true; value: T } | { ok: false; error: string };

/**
 * The checks one context needs: `request` for the messages it answers, `response` for the answers it
 * gets. Extension pages derive all of them from the zod protocol map; the content script, which has
 * no room for zod, carries hand-written checks for its messages (lib/messaging/content.ts).
 */
export type Checks = { [T in MessageType]?: { request?: Check<RequestOf<T>>; response?: Check<ResponseOf<T>> } };
