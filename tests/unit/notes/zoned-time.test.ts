import { describe, expect, it } from 'vitest';
import { zonedTime } from '@/lib/notes/export/zoned-time';

describe('zonedTime', () => {
  it('writes the wall time in the locale asked for, with the zone and its offset at that instant', () => {
    expect(zonedTime('2026-11-20T14:30:00.000Z', 'Europe/Madrid', 'es-ES')).toBe(
      '20 nov 2026, 15:30 (Europe/Madrid, UTC+01:00)',
    );
    expect(zonedTime('2026-11-20T14:30:00.000Z', 'Europe/Madrid', 'en-GB')).toBe(
      '20 Nov 2026, 15:30 (Europe/Madrid, UTC+01:00)',
    );
    expect(zonedTime('2026-07-20T14:30:00.000Z', 'Europe/Madrid', 'en-GB')).toBe(
      '20 Jul 2026, 16:30 (Europe/Madrid, UTC+02:00)',
    );
    expect(zonedTime('2026-11-20T14:30:00.000Z', 'UTC', 'en-GB')).toBe('20 Nov 2026, 14:30 (UTC, UTC+00:00)');
  });

  it('handles offsets west of UTC, half hours and a date that differs from UTC’s', () => {
    expect(zonedTime('2026-01-01T02:15:00.000Z', 'America/New_York', 'en-GB')).toBe(
      '31 Dec 2025, 21:15 (America/New_York, UTC-05:00)',
    );
    expect(zonedTime('2026-11-20T14:30:59.999Z', 'Asia/Kolkata', 'en-GB')).toBe(
      '20 Nov 2026, 20:00 (Asia/Kolkata, UTC+05:30)',
    );
    expect(zonedTime('2026-11-20T14:30:00.000Z', 'America/St_Johns', 'en-GB')).toBe(
      '20 Nov 2026, 11:00 (America/St_Johns, UTC-03:30)',
    );
  });

  it('names the offset that applied on each side of a summer-time change', () => {
    // Europe/Madrid moved from +01:00 to +02:00 at 01:00 UTC on 29 March 2026.
    expect(zonedTime('2026-03-29T00:59:00.000Z', 'Europe/Madrid', 'en-GB')).toBe(
      '29 Mar 2026, 01:59 (Europe/Madrid, UTC+01:00)',
    );
    expect(zonedTime('2026-03-29T01:00:00.000Z', 'Europe/Madrid', 'en-GB')).toBe(
      '29 Mar 2026, 03:00 (Europe/Madrid, UTC+02:00)',
    );
  });
});
