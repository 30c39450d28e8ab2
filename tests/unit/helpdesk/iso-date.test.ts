// The content script cannot carry zod, so the reader checks timestamps with its own pattern. Whatever it
// returns must pass `Message.at` (z.iso.datetime({ offset: true })), or the background would refuse the
// whole conversation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { isoDateTime } from '@/lib/helpdesk/values';

const at = z.iso.datetime({ offset: true });

const dateLike = fc.oneof(
  fc.date({ min: new Date(-1e14), max: new Date(3e14), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toString()),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom('Z', '+02:00', '-05:30', '+24:00', '', '.123Z', ':07Z'),
    )
    .map(([y, mo, d, h, mi, zone]) => {
      const pad = (n: number, w = 2) => String(n).padStart(w, '0');
      return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}${zone.startsWith(':') ? zone : `:00${zone}`}`;
    }),
  fc.string(),
);

describe('isoDateTime', () => {
  it('only ever returns what the Message schema accepts', () => {
    fc.assert(
      fc.property(dateLike, (value) => {
        const iso = isoDateTime(value);
        if (iso !== null) expect(at.safeParse(iso).success).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('keeps a valid offset as written and converts other dates to UTC', () => {
    expect(isoDateTime('2025-04-07T09:20:00+02:00')).toBe('2025-04-07T09:20:00+02:00');
    expect(isoDateTime('2025-04-07T09:20:00.5Z')).toBe('2025-04-07T09:20:00.5Z');
    expect(isoDateTime('2025-04-07 09:20 UTC')).toBe('2025-04-07T09:20:00.000Z');
    expect(isoDateTime('2025-02-30T09:20:00Z')).not.toBe('2025-02-30T09:20:00Z');
    expect(isoDateTime('yesterday')).toBeNull();
  });
});
