// Times in an export are read later, elsewhere, by someone in another time zone (a lead, a QA reviewer): each
// one says which zone it is in and that zone's offset at that instant, so it can never be misread.

/** `2026-11-20 15:30 (Europe/Madrid, UTC+01:00)`: the wall time in `timeZone`, the zone and its offset then. */
export function zonedTime(instant: string, timeZone: string): string {
  const date = new Date(instant);
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
  // The wall clock minus the instant (both to the second) is the zone's offset at that instant, DST included.
  const offset = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${part('year')}-${two(part('month'))}-${two(part('day'))}`;
  const sign = offset < 0 ? '-' : '+';
  const utc = `UTC${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${day} ${two(part('hour'))}:${two(part('minute'))} (${timeZone}, ${utc})`;
}
