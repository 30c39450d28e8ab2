// The words a commitment is read from, per language. Data, one entry a line: add a language by adding a
// table here and nothing else. Every pattern is matched case-insensitively with the `u` flag; letters next
// to a match must not be letters (see `LETTER_EDGE` in commitment.ts), so "mañana" is a whole word.

export type CommitmentLocale = 'en' | 'es';

/** The promised moment's parts, in hours of a day (local time). */
export const END_OF_WORKING_DAY = 17;
export const PERIOD_HOURS = { morning: 9, noon: 12, afternoon: 15, evening: 18 } as const;
export type Period = keyof typeof PERIOD_HOURS;

export interface LocaleWords {
  /** The sentence commits the writer to something: a first-person future, "let me", "you'll hear from us". */
  commits: RegExp;
  /** Number words and their values ("a", "two", "couple of"). */
  numbers: Record<string, number>;
  /** "in two hours", "within 24 hours": groups `count` and `unit`. */
  relative: RegExp;
  /** Units of `relative`, to minutes; a working day is counted by `businessDays`. */
  units: Array<[RegExp, number | 'business-day']>;
  /** "by end of day", "by EOD". */
  endOfDay: RegExp;
  /** "by the end of the week": the week's last working day (Friday) at the end of the working day. */
  endOfWeek: RegExp;
  /** Weekday names, Sunday first (Date#getDay order). */
  weekdays: RegExp[];
  /** "next Friday": the weekday strictly after today. */
  nextWeekday: RegExp;
  today: RegExp;
  tomorrow: RegExp;
  dayAfterTomorrow: RegExp;
  /** A clock time: groups `hour`, optional `minute`, optional `meridiem` (am/pm) or `part` (de la tarde). */
  clock: RegExp;
  /** A part of the day: group `period`, a key of `periodWords`. */
  period: RegExp;
  periodWords: Record<string, Period>;
  /** Part-of-day words that also say "today" ("this afternoon", "esta tarde", "tonight"). */
  periodToday: RegExp;
}

const EN_NUMBERS = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  'couple of': 2,
  'a couple of': 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'forty-eight': 48,
};

const ES_NUMBERS = {
  un: 1,
  una: 1,
  uno: 1,
  'un par de': 2,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  quince: 15,
  veinte: 20,
  treinta: 30,
  veinticuatro: 24,
};

const numberWords = (numbers: Record<string, number>) =>
  Object.keys(numbers)
    .sort((a, b) => b.length - a.length)
    .join('|');

export const WORDS: Record<CommitmentLocale, LocaleWords> = {
  en: {
    commits:
      /\b(?:i|we)\s*(?:['’]ll|will|shall|['’]m going to|am going to|['’]re going to|are going to|promise)\b|\blet me\b|\byou(?:['’]ll| will) (?:hear|get|have|receive)\b|\bexpect (?:an update|a reply|an answer|to hear)\b/iu,
    numbers: EN_NUMBERS,
    relative: new RegExp(
      `\\b(?:in|within)\\s+(?:the next\\s+)?(?<count>\\d{1,3}|half an?|${numberWords(EN_NUMBERS)})\\s+(?<unit>minutes?|mins?|hours?|hrs?|business days?|working days?|days?)\\b`,
      'iu',
    ),
    units: [
      [/^min/i, 1],
      [/^h/i, 60],
      [/^(business|working)/i, 'business-day'],
      [/^day/i, 24 * 60],
    ],
    endOfDay:
      /\b(?:by|before|at)\s+(?:the\s+)?(?:end of (?:the |my |your )?(?:business |working )?day|end of today|eod|close of business|cob)\b/iu,
    endOfWeek: /\b(?:by|before)\s+(?:the\s+)?end of (?:the |this )?week\b/iu,
    weekdays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map(
      (day) => new RegExp(`\\b(?:(?:by|on|before|until|next|this)\\s+)*${day}\\b`, 'iu'),
    ),
    nextWeekday: /\bnext\s+\w+day\b/iu,
    today: /\b(?:by\s+|before\s+|later\s+)?today\b/iu,
    tomorrow: /\b(?:by\s+|before\s+)?tomorrow\b/iu,
    dayAfterTomorrow: /\bthe day after tomorrow\b/iu,
    clock:
      /\b(?:(?:by|at|before|around)\s+)?(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?<meridiem>a\.?m\.?|p\.?m\.?)(?!\p{L})|\b(?:(?:by|at|before|around)\s+)?(?<hour24>[01]?\d|2[0-3]):(?<minute24>[0-5]\d)\b/iu,
    period:
      /\b(?:(?:by|this|in the|tomorrow)\s+)?(?<period>morning|noon|midday|lunchtime|afternoon|evening|tonight)\b/iu,
    periodWords: {
      morning: 'morning',
      noon: 'noon',
      midday: 'noon',
      lunchtime: 'noon',
      afternoon: 'afternoon',
      evening: 'evening',
      tonight: 'evening',
    },
    periodToday: /\b(?:this (?:morning|afternoon|evening)|tonight)\b/iu,
  },
  es: {
    // A first-person future (avisaré, escribiremos), or a present used as one (te escribo, le aviso).
    commits:
      /(?<!\p{L})(?:\p{L}+(?:ré|remos)|(?:te|le|os|les)\s+(?:escribo|aviso|llamo|contacto|informo|confirmo|digo|respondo|contesto)|vuelvo a|me pongo en contacto|tendr(?:á|ás|án|éis) (?:noticias|una respuesta|respuesta)|recibir(?:á|ás|án) (?:noticias|una respuesta|respuesta))(?!\p{L})/iu,
    numbers: ES_NUMBERS,
    relative: new RegExp(
      `(?<!\\p{L})(?:en|dentro de)\\s+(?:las próximas\\s+|los próximos\\s+)?(?<count>\\d{1,3}|media|${numberWords(ES_NUMBERS)})\\s+(?<unit>minutos?|horas?|días hábiles|días laborables|días?)(?!\\p{L})`,
      'iu',
    ),
    units: [
      [/^min/i, 1],
      [/^h/i, 60],
      [/(hábiles|laborables)$/i, 'business-day'],
      [/^d/i, 24 * 60],
    ],
    endOfDay:
      /(?<!\p{L})(?:antes del|antes de|al|para el)\s+(?:final|fin|cierre)\s+(?:del|de la)\s+(?:día|jornada)(?!\p{L})|(?<!\p{L})antes de que (?:acabe|termine) (?:el día|la jornada)(?!\p{L})/iu,
    endOfWeek: /(?<!\p{L})(?:antes del|al|para el)\s+(?:final|fin)\s+de\s+(?:la|esta)\s+semana(?!\p{L})/iu,
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'].map(
      (day) =>
        new RegExp(
          `(?<!\\p{L})(?:(?:antes del|el|este|para el|el próximo|el que viene)\\s+)?${day}(?:\\s+que viene)?(?!\\p{L})`,
          'iu',
        ),
    ),
    nextWeekday: /(?<!\p{L})(?:próximo\s+\p{L}+|\p{L}+\s+que viene)(?!\p{L})/iu,
    today: /(?<!\p{L})(?:hoy|hoy mismo)(?!\p{L})/iu,
    // "mañana" is tomorrow unless it is "la mañana" or "esta mañana", a morning.
    tomorrow: /(?<!\p{L})(?:(?:para|antes de)\s+)?(?<!(?:la|esta|de la)\s)mañana(?!\p{L})/iu,
    dayAfterTomorrow: /(?<!\p{L})pasado mañana(?!\p{L})/iu,
    clock:
      /(?<!\p{L})(?:antes de |para )?(?:a|hacia) las?\s+(?<hour>\d{1,2}|una)(?:[:.](?<minute>\d{2}))?\s*(?:h|horas)?(?:\s+de la\s+(?<part>mañana|tarde|noche))?(?!\p{L})/iu,
    period:
      /(?<!\p{L})(?:(?:(?:por|a|en|durante)\s+la|esta)\s+(?<period>mañana|tarde|noche)|(?:al|a)\s+(?<noon>mediodía))(?!\p{L})/iu,
    periodWords: { mañana: 'morning', tarde: 'afternoon', noche: 'evening', mediodía: 'noon' },
    periodToday: /(?<!\p{L})esta\s+(?:mañana|tarde|noche)(?!\p{L})/iu,
  },
};
