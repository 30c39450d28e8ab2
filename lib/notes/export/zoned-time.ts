// Times in an export are read later, elsewhere, by someone in another time zone (a lead, a QA reviewer): each
// one says which zone it is in and that zone's offset at that instant, so it can never be misread.

/** The offset of `timeZone` from UTC at `date`, in minutes (summer time included). */
function offsetMinutes(date: Date, timeZone: string): number {
  // Numbers only, so the parts are read in a locale whose digits and order are known.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  // The wall clock minus the instant (both to the second) is the zone's offset at that instant.
  return Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/**
 * `20 Nov 2026, 15:30 (Europe/Madrid, UTC+01:00)` (en-GB): the wall time in `timeZone` as `locale` (the UI's)
 * writes a date and a time, then the zone and its offset at that instant.
 */
export function zonedTime(instant: string, timeZone: string, locale: string): string {
  const date = new Date(instant);
  const wall = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
  const offset = offsetMinutes(date, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const utc = `UTC${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${wall} (${timeZone}, ${utc})`;
}
