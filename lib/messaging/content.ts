// Messaging for the content script: hand-written checks for the messages it exchanges, because zod
// does not fit its 15 KB budget. tests/unit/messaging/content-checks.test.ts keeps them in agreement
// with the protocol's zod schemas. Whatever the content script sends is parsed with zod on arrival.
import { MAX_TEXT } from '@/lib/helpdesk/bridge/contract';
import type { Check } from './checks';
import type { RequestOf } from './protocol';
import { listener, sender } from './messenger';

const fail = (error: string) => ({ ok: false, error }) as const;
const isPlainObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);
const onlyKeys = (raw: Record<string, unknown>, ...keys: string[]) =>
  Object.keys(raw).every((key) => keys.includes(key));

const isNull: Check<null> = (raw) => (raw === null ? { ok: true, value: null } : fail('expected null'));

const insertRequest: Check<RequestOf<'composer:insert'>> = (raw) => {
  if (!isPlainObject(raw) || !onlyKeys(raw, 'text', 'into')) return fail('expected { text }');
  if (typeof raw.text !== 'string') return fail('text: expected a string');
  if (raw.text.length > MAX_TEXT) return fail(`text: at most ${MAX_TEXT} characters`);
  const { into } = raw;
  if (into !== undefined && into !== 'internal-note') return fail('into: bad value');
  return { ok: true, value: { text: raw.text, into } };
};

const appliedReply: Check<{ applied: boolean }> = (raw) =>
  isPlainObject(raw) && onlyKeys(raw, 'applied') && typeof raw.applied === 'boolean'
    ? { ok: true, value: { applied: raw.applied } }
    : fail('expected { applied: boolean }');

export const contentChecks = {
  'page:state': { response: isNull },
  'page:patch': { response: appliedReply },
  'composer:draft': { response: isNull },
  'page:read': { request: isNull },
  'composer:insert': { request: insertRequest },
};

export const sendMessage = sender(contentChecks);
export const onMessage = listener(contentChecks);
