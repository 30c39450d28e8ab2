// Stored instants are `Date#toISOString()`, always `YYYY-MM-DDTHH:mm:ss.sssZ` (lib/notes/model.ts), so
// their fields sit at fixed places: reading them there costs a fraction of `Date.parse` or of a slice per
// record, which a pass over 100,000 records notices.

const DAY_MS = 86_400_000;

const digits = (text: string, at: number, count: number): number => {
  let n = 0;
  for (let i = at; i < at + count; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
};

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The UTC day of an instant (or of a `YYYY-MM-DD` day), as days since 1970-01-01. */
export const dayNumber = (text: string): number =>
  daysFromCivil(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));

/** An instant in milliseconds since 1970, as `Date.parse` would give it. */
export const instantMs = (instant: string): number =>
  dayNumber(instant) * DAY_MS +
  ((digits(instant, 11, 2) * 60 + digits(instant, 14, 2)) * 60 + digits(instant, 17, 2)) * 1000 +
  digits(instant, 20, 3);

/** The Monday of the ISO week a day number falls in (1970-01-01 was a Thursday). */
export const mondayOf = (day: number): number => day - ((((day + 3) % 7) + 7) % 7);

/** A day number as `YYYY-MM-DD`. */
export const dayText = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
