import { uiLocale } from './ui-locale';

// Numbers and calendar days as the UI's language writes them, for every page: "1,234" / "1234", "20 Nov
// 2026" / "20 nov 2026". Files meant for machines (CSV, JSON) keep their ISO dates and plain digits.

/** A count or a number in a sentence: "1,234" in English, "1234" or "12.345" in Spanish. */
export const formatCount = (n: number): string => new Intl.NumberFormat(uiLocale()).format(n);

/**
 * A calendar day given as `YYYY-MM-DD` (a filter's date, a week's first day), as people read it: "20 Nov
 * 2026" by default. Read at UTC midnight and shown at UTC, so it is that day everywhere, never the day before
 * west of Greenwich.
 */
export function formatCalendarDay(day: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return new Intl.DateTimeFormat(uiLocale(), { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00Z`));
}
