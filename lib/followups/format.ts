/**
 * A promised moment as the agent reads it, in `locale` (the UI's, from the caller): "Friday 5 December, 17:00"
 * (en-GB). The day is always written out: a reminder set on Wednesday for "Friday" must say which Friday.
 */
export function promiseTime(at: Date, locale: string): string {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(at);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
  return `${day}, ${time}`;
}
