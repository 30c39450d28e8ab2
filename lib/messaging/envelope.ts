import { z } from 'zod/mini';
import { protocol, type MessageType, type RequestOf, type ResponseOf } from './protocol';

// Every message carries this tag, so our listeners ignore anything else that reaches them.
const Envelope = z.object({ steadyhand: z.literal(1), type: z.string(), data: z.unknown() });

const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;

export class MessagingError extends Error {
  override name = 'MessagingError';
}

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}

export function envelope<T extends MessageType>(type: T, data: RequestOf<T>) {
  return { steadyhand: 1 as const, type, data: protocol[type].request.parse(data) };
}

/** Parses a raw message; returns null when it is not ours or not of `type`. */
export function openEnvelope<T extends MessageType>(type: T, raw: unknown): { data: RequestOf<T> } | { error: string } | null {
  const parsed = Envelope.safeParse(raw);
  if (!parsed.success || parsed.data.type !== type) return null;
  const data = protocol[type].request.safeParse(parsed.data.data);
  if (!data.success) return { error: `Invalid "${type}" message: ${z.prettifyError(data.error)}` };
  return { data: data.data as RequestOf<T> };
}

/** Validates the answer on the sender's side, turning a remote failure into a thrown MessagingError. */
export function openReply<T extends MessageType>(type: T, raw: unknown): ResponseOf<T> {
  const reply = Reply.safeParse(raw);
  if (!reply.success) throw new MessagingError(`No valid answer to "${type}" (is the receiver loaded?)`);
  if (!reply.data.ok) throw new MessagingError(reply.data.error);
  const data = protocol[type].response.safeParse(reply.data.data);
  if (!data.success) throw new MessagingError(`Invalid answer to "${type}": ${z.prettifyError(data.error)}`);
  return data.data as ResponseOf<T>;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
