// Demo helpdesk helper (modelled on helpdesk-dom.md and helpdesk-dom-2026.md, not real helpdesk code): times
// relative to page load, so the demo conversation always looks recent, in the formats the helpdesks show.

export function minutesAgo(minutes: number, now: Date = new Date()): Date {
  return new Date(now.getTime() - minutes * 60_000);
}

// One formatter each, made once: `toLocaleString` with options builds a new one per call, which shows when a
// long conversation pages in (thousands of timestamps).
const CLOCK = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });
const ABSOLUTE = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const MONTH_DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
const CLOCK_24H = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

export function clock(date: Date): string {
  return CLOCK.format(date);
}

export function absolute(date: Date): string {
  return ABSOLUTE.format(date);
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "today at 9:12 AM", "yesterday at 11:40 PM", "Mar 4 at 8:02 AM". */
export function dayAndClock(date: Date, now: Date = new Date()): string {
  if (sameDay(date, now)) return `today at ${clock(date)}`;
  if (sameDay(date, minutesAgo(24 * 60, now))) return `yesterday at ${clock(date)}`;
  return `${MONTH_DAY.format(date)} at ${clock(date)}`;
}

/** Zendesk-style "3 hours ago". */
export function relativeLong(date: Date, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.round((now.getTime() - date.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** Intercom-style "52m", "3h", "2d". */
export function relativeShort(date: Date, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.round((now.getTime() - date.getTime()) / 60_000));
  if (minutes < 1) return 'now';
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

/** "Feb 26 23:08": how Zendesk messaging bubbles may show a time, as text only (helpdesk-dom-2026.md). */
export function monthDayClock(date: Date): string {
  return `${MONTH_DAY.format(date)} ${CLOCK_24H.format(date)}`;
}
