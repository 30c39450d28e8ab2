// Reads when an agent's reply promises the customer an update: "I'll update you by 3pm tomorrow", "te escribo
// el viernes". Pure: the caller passes the agent's own replies (never the customer's words) and when the reply
// was sent; every date is built and read in local time, the agent's clock, which is the one they promised in.
//
// How a promise becomes a moment (local time):
// - "in two hours", "within 24 hours", "en media hora": the reply's time plus that much; working days skip
//   Saturday and Sunday.
// - "by end of day", "by EOD", "antes del final del día": that day at the end of the working day, 17:00; a
//   reply sent at or after 17:00 promises "later today", read as one hour after it was sent.
// - A day alone ("by Friday", "tomorrow", "el viernes"): that day at 17:00. A weekday is the next one; today's
//   weekday is today while 17:00 is still ahead, else a week on. "next Friday" is never today.
// - A time alone ("by 3pm", "a las 15:00", "this afternoon"): today, or tomorrow once it has passed.
//   "morning" is 09:00, "noon" 12:00, "afternoon" 15:00, "evening"/"tonight" 18:00. A Spanish hour without
//   "de la mañana" below 8 ("a las 3") is read as the afternoon, as Spanish business writing means it.
import { END_OF_WORKING_DAY, PERIOD_HOURS, WORDS, type CommitmentLocale, type LocaleWords, type Period } from './words';

export type { CommitmentLocale } from './words';

/** A promise of an update: when, and the words that promised it (the clause, as the agent wrote it). */
export interface Commitment {
  at: Date;
  words: string;
}

interface Found {
  start: number;
  end: number;
}

interface DayFound extends Found {
  /** Midnight of the promised day. */
  day: Date;
  /** A weekday said without "next" may be today (then it moves a week on once its time has passed). */
  weekday: boolean;
}

interface TimeFound extends Found {
  hour: number;
  minute: number;
  /** "this afternoon", "tonight": today, even when the time has passed. */
  today: boolean;
}

const MINUTE = 60_000;

/** Commitment locales for a page or pack locale ("es-ES" → es); an unknown or absent one tries them all. */
function localesFor(locale: string | undefined): CommitmentLocale[] {
  const base = locale?.slice(0, 2).toLowerCase();
  return base === 'en' || base === 'es' ? [base] : ['en', 'es'];
}

/** Sentences, so that a time in one sentence is not read as the promise of another's "I'll". */
function sentences(text: string): string[] {
  return text.split(/(?<=[!?])\s+|\n+|(?<=\.)\s+(?=[\p{Lu}¿¡])/u).filter((s) => s.trim() !== '');
}

const atTime = (day: Date, hour: number, minute = 0) =>
  new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute);
/** The same clock time `days` later (local, so a daylight-saving change keeps 17:00 at 17:00). */
const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes());
const midnight = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

/** The end of `sentAt`'s working day, or an hour on when that has passed (see the header). */
function endOfDay(sentAt: Date): Date {
  const end = atTime(sentAt, END_OF_WORKING_DAY);
  return end > sentAt ? end : new Date(sentAt.getTime() + 60 * MINUTE);
}

function addBusinessDays(from: Date, count: number): Date {
  let date = new Date(from);
  for (let left = Math.round(count); left > 0;) {
    date = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, date.getHours(), date.getMinutes());
    if (date.getDay() !== 0 && date.getDay() !== 6) left--;
  }
  return date;
}

function countOf(text: string, words: LocaleWords): number | null {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower.startsWith('half') || lower === 'media') return 0.5;
  return words.numbers[lower] ?? null;
}

function relative(sentence: string, sentAt: Date, words: LocaleWords): Commitment | null {
  const match = words.relative.exec(sentence);
  const count = match?.groups?.count ? countOf(match.groups.count, words) : null;
  const unit = match?.groups?.unit ? words.units.find(([pattern]) => pattern.test(match.groups!.unit!))?.[1] : null;
  if (!match || count === null || count <= 0 || unit === undefined || unit === null) return null;
  const at =
    unit === 'business-day' ? addBusinessDays(sentAt, count) : new Date(sentAt.getTime() + count * unit * MINUTE);
  return { at, words: match[0].trim() };
}

function span(match: RegExpExecArray): Found {
  return { start: match.index, end: match.index + match[0].length };
}

function findDay(sentence: string, sentAt: Date, words: LocaleWords): DayFound | null {
  const today = midnight(sentAt);
  const fixed: Array<[RegExp, number]> = [
    [words.dayAfterTomorrow, 2],
    [words.tomorrow, 1],
    [words.today, 0],
    [words.periodToday, 0],
  ];
  for (const [pattern, days] of fixed) {
    const match = pattern.exec(sentence);
    if (match) return { ...span(match), day: addDays(today, days), weekday: false };
  }
  const weekdays = words.weekdays
    .map((pattern, weekday) => ({ match: pattern.exec(sentence), weekday }))
    .filter((found): found is { match: RegExpExecArray; weekday: number } => found.match !== null)
    .sort((a, b) => a.match.index - b.match.index);
  const first = weekdays[0];
  if (!first) return null;
  const next = words.nextWeekday.test(first.match[0]);
  const ahead = (first.weekday - sentAt.getDay() + 7) % 7;
  return { ...span(first.match), day: addDays(today, ahead === 0 && next ? 7 : ahead), weekday: !next };
}

function clockHour(groups: Record<string, string | undefined>): number {
  const raw = groups.hour ?? groups.hour24 ?? '';
  let hour = raw.toLowerCase() === 'una' ? 1 : Number(raw);
  const meridiem = groups.meridiem?.toLowerCase().replace(/\./g, '');
  const part = groups.part?.toLowerCase();
  if (meridiem === 'pm' || part === 'tarde' || part === 'noche') return hour < 12 ? hour + 12 : hour;
  if (meridiem === 'am' || part === 'mañana') return hour === 12 ? 0 : hour;
  // A bare Spanish "a las 3": business hours, the afternoon (see the header). 24-hour times stay as written.
  if (groups.hour !== undefined && groups.hour24 === undefined && hour < 8) hour += 12;
  return hour;
}

function findTime(sentence: string, words: LocaleWords): TimeFound | null {
  const today = words.periodToday.test(sentence);
  const clock = words.clock.exec(sentence);
  if (clock?.groups) {
    const hour = clockHour(clock.groups);
    const minute = Number(clock.groups.minute ?? clock.groups.minute24 ?? 0);
    if (hour <= 23 && minute <= 59) return { ...span(clock), hour, minute, today };
  }
  const period = words.period.exec(sentence);
  const name = (period?.groups?.period ?? period?.groups?.noon)?.toLowerCase();
  const known: Period | undefined = name === undefined ? undefined : words.periodWords[name];
  if (!period || !known) return null;
  return { ...span(period), hour: PERIOD_HOURS[known], minute: 0, today };
}

function dayAndTime(sentence: string, sentAt: Date, words: LocaleWords): Commitment | null {
  const day = findDay(sentence, sentAt, words);
  const time = findTime(sentence, words);
  if (!day && !time) return null;
  let at: Date;
  if (day && time) at = atTime(day.day, time.hour, time.minute);
  else if (day && !day.weekday && day.day.getTime() === midnight(sentAt).getTime()) at = endOfDay(sentAt);
  else if (day) at = atTime(day.day, END_OF_WORKING_DAY);
  else at = atTime(sentAt, time!.hour, time!.minute);
  // A weekday that is today, or a bare time, already passed: the next one is meant.
  if (at <= sentAt && day?.weekday) at = addDays(at, 7);
  if (at <= sentAt && !day && !time!.today) at = addDays(at, 1);
  if (at <= sentAt) return null;
  const parts = [day, time].filter((part): part is DayFound | TimeFound => part !== null);
  const start = Math.min(...parts.map((part) => part.start));
  const end = Math.max(...parts.map((part) => part.end));
  return { at, words: sentence.slice(start, end).trim() };
}

function inSentence(sentence: string, sentAt: Date, words: LocaleWords): Commitment | null {
  if (!words.commits.test(sentence)) return null;
  const soon = relative(sentence, sentAt, words);
  if (soon) return soon;
  const endOfDayMatch = words.endOfDay.exec(sentence);
  if (endOfDayMatch) return { at: endOfDay(sentAt), words: endOfDayMatch[0].trim() };
  const endOfWeek = words.endOfWeek.exec(sentence);
  if (endOfWeek) {
    const friday = addDays(midnight(sentAt), (5 - sentAt.getDay() + 7) % 7);
    const at = atTime(friday, END_OF_WORKING_DAY);
    return { at: at > sentAt ? at : endOfDay(sentAt), words: endOfWeek[0].trim() };
  }
  return dayAndTime(sentence, sentAt, words);
}

/**
 * The first update the agent's reply promises, and when (local time; see the header for how each phrase is
 * read), or null when it promises none or only a moment already past. `locale` ("en", "es-ES") picks the
 * language; without it both are tried.
 */
export function findCommitment(text: string, sentAt: Date, locale?: string): Commitment | null {
  for (const sentence of sentences(text)) {
    for (const code of localesFor(locale)) {
      const found = inSentence(sentence, sentAt, WORDS[code]);
      if (found) return found;
    }
  }
  return null;
}
