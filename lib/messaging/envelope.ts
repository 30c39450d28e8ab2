// Zod-free on purpose: the content script uses these too (see checks.ts).
import type { Check } from './checks';
import type { MessageType } from './protocol';

export interface Envelope {
  steadyhand: 1;
  type: string;
  data: unknown;
}

export type Reply = { ok: true; data: unknown } | { ok: false; error: string };

export class MessagingError extends Error {
  override name = 'MessagingError';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function envelope(type: MessageType, data: unknown): Envelope {
  return { steadyhand: 1, type, data };
}

/** Every message of ours carries the tag, so listeners ignore anything else that reaches them. */
export function isEnvelope(raw: unknown): raw is Envelope {
  return isObject(raw) && raw.steadyhand === 1 && typeof raw.type === 'string' && 'data' in raw;
}

function isReply(raw: unknown): raw is Reply {
  if (!isObject(raw)) return false;
  return (raw.ok === true && 'data' in raw) || (raw.ok === false && typeof raw.error === 'string');
}

/** Checks the answer on the sender's side, turning a remote failure into a thrown MessagingError. */
export function openReply<T>(type: string, raw: unknown, check: Check<T>): T {
  if (!isReply(raw)) throw new MessagingError(`No valid answer to "${type}" (is the receiver loaded?)`);
  if (!raw.ok) throw new MessagingError(raw.error);
  const checked = check(raw.data);
  if (!checked.ok) throw new MessagingError(`Invalid answer to "${type}": ${checked.error}`);
  return checked.value;
}
