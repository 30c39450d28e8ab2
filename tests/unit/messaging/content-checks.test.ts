// The content script's hand-written checks must accept exactly what the protocol's zod schemas accept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentChecks } from '@/lib/messaging/content';
import { zodChecks } from '@/lib/messaging/zod-checks';

const samples = fc.oneof(
  fc.anything(),
  fc.constant(null),
  fc.record({ text: fc.string() }),
  fc.record({ text: fc.string({ minLength: 9_990, maxLength: 10_010 }) }),
  fc.record({ text: fc.anything() }),
  fc.record({ text: fc.string(), extra: fc.anything() }),
  fc.record({ text: fc.string(), into: fc.constantFrom('internal-note', 'public', 'Internal-note', undefined, null) }),
  fc.record({ text: fc.string(), into: fc.anything() }),
  fc.record({ text: fc.anything(), into: fc.constant('internal-note') }),
  fc.record({ text: fc.string(), into: fc.constant('internal-note'), extra: fc.anything() }),
  fc.record({ applied: fc.boolean() }),
  fc.record({ applied: fc.anything() }),
  fc.record({ applied: fc.boolean(), more: fc.constant(1) }),
);

const pairs = Object.entries(contentChecks).flatMap(([type, sides]) =>
  Object.entries(sides).map(([side, check]) => ({
    name: `${type} ${side}`,
    check: check as (raw: unknown) => { ok: boolean },
    reference: zodChecks[type as keyof typeof zodChecks][side as 'request' | 'response'] as (raw: unknown) => {
      ok: boolean;
    },
  })),
);

describe('content script checks', () => {
  it.each(pairs)('$name agrees with the zod schema', ({ check, reference }) => {
    fc.assert(
      fc.property(samples, (raw) => {
        expect(check(raw).ok).toBe(reference(raw).ok);
      }),
      { numRuns: 2_000 },
    );
  });
});
