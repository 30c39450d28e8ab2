import { z } from 'zod/mini';
import type { Check, Checks } from './checks';
import { protocol, type MessageType } from './protocol';

function fromSchema<T>(schema: z.ZodMiniType<T>): Check<T> {
  return (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
  };
}

type AllChecks = { [T in MessageType]: Required<NonNullable<Checks[T]>> };

/** Every message's checks, from the protocol map: what extension pages and the background use. */
export const zodChecks = Object.fromEntries(
  Object.entries(protocol).map(([type, { request, response }]) => [
    type,
    {
      request: fromSchema(request as z.ZodMiniType<unknown>),
      response: fromSchema(response as z.ZodMiniType<unknown>),
    },
  ]),
) as AllChecks;
