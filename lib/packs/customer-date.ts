/**
 * A date as a reply to a customer writes it, in the phrase's language: "Friday, 5 December" (en),
 * "viernes 5 de diciembre" (es). Never "2026-12-05": that is how the date is stored, not how people write.
 */

// How a language joins the weekday to the date; a language not listed uses a comma, as most do.
const JOIN: Readonly<Record<string, string>> = { en: ', ', es: ' ', fr: ' ', it: ' ' };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * `iso` (YYYY-MM-DD) in words for `locale` (a pack's locale: "en", "en-US", "es"), with the year only when
 * it is not `now`'s. Null when `iso` is not a real calendar date.
 */
export function customerDate(iso: string, locale: string, now: Date = new Date()): string | null {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const language = locale.split('-')[0]!.toLowerCase();
  // Plain "en" is written day first, as in most English outside the US; "en-US" keeps month first.
  const tag = locale.toLowerCase() === 'en' ? 'en-GB' : locale;
  let weekday: string;
  let rest: string;
  try {
    const sameYear = year === now.getFullYear();
    weekday = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' }).format(date);
    rest = new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'long',
      ...(sameYear ? {} : { year: 'numeric' }),
      timeZone: 'UTC',
    }).format(date);
  } catch {
    // A pack locale Intl does not know (it passed the pack's pattern but names no language): plain ISO.
    return null;
  }
  return weekday + (JOIN[language] ?? ', ') + rest;
}
