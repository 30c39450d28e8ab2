import { DIGIT, type Folded, isDigit, isWord } from './fold';
import { placeholderEndsAt, type Span } from './spans';

/** The runs of digits in the folded text, in order. */
export interface Groups {
  readonly f: Folded;
  readonly start: number[];
  readonly end: number[];
  /** Inside an IBAN already found: not read again as another number. */
  readonly claimed: boolean[];
}

// What people put between the groups of one number, folded: every space is " " and every dash "-" by now.
// A longer run ("1 --- 2") separates two numbers.
const SEPARATORS = ' -./_()';
const MAX_JOINER = 3;

export function digitGroups(f: Folded, claims: readonly Span[]): Groups {
  const start: number[] = [];
  const end: number[] = [];
  const claimed: boolean[] = [];
  let c = 0;
  for (let i = 0; i < f.cls.length;) {
    if (f.cls[i] !== DIGIT) {
      i++;
      continue;
    }
    const s = i;
    while (f.cls[i] === DIGIT) i++;
    while (c < claims.length && claims[c]!.end <= s) c++;
    start.push(s);
    end.push(i);
    claimed.push(c < claims.length && claims[c]!.start < i);
  }
  return { f, start, end, claimed };
}

export const size = (g: Groups, i: number): number => g.end[i]! - g.start[i]!;

export const digitsOf = (g: Groups, i: number): string => g.f.text.slice(g.start[i], g.end[i]);

/** What joins group `i` to the group before it, when the two are parts of one number; null otherwise. */
export function joiner(g: Groups, i: number): string | null {
  if (i <= 0 || i >= g.start.length) return null;
  const from = g.end[i - 1]!;
  const to = g.start[i]!;
  if (to - from > MAX_JOINER) return null;
  for (let k = from; k < to; k++) if (!SEPARATORS.includes(g.f.text[k]!)) return null;
  return g.f.text.slice(from, to);
}

/** A one-character joiner, or null. */
export function single(g: Groups, i: number): string | null {
  const sep = joiner(g, i);
  return sep?.length === 1 ? sep : null;
}

export const isCurrency = (ch: string | undefined): boolean => ch !== undefined && /\p{Sc}/u.test(ch);

/** Where a number starting at a group begins with what is typed before it, and whether that is a "+". */
export interface Start {
  from: number;
  plus: boolean;
}

// A placeholder stands where a word or number was, and glues like one: what was glued to it before
// redaction stays glued after, so redacting twice finds nothing new.
const gluesAt = (f: Folded, i: number) => isWord(f, i) || placeholderEndsAt(f.text, i);
const digitAt = (f: Folded, i: number) => isDigit(f, i) || placeholderEndsAt(f.text, i);

/**
 * How group `i` may start a phone, card or account number, or null when it may not: glued to a word
 * ("A4111…", "ORD-2026-000123", "v1.2.3"), after "#" (a ticket), or after a currency sign (an amount).
 */
export function startOf(g: Groups, i: number): Start | null {
  const { f } = g;
  const t = f.text;
  let from = g.start[i]!;
  let plus = false;
  // The prefix typed before the first group: "+", "(", or both ("+(44)", "(+44)").
  for (let k = 0; k < 2; k++) {
    if (t[from - 1] === '+' && !plus) plus = true;
    else if (t[from - 1] !== '(') break;
    from--;
  }
  const before = from - 1;
  const ch = t[before];
  if (gluesAt(f, before) || ch === '#' || ch === '+' || isCurrency(ch)) return null;
  if ((ch === '-' || ch === '/' || ch === '_') && gluesAt(f, before - 1)) return null;
  if ((ch === '.' || ch === ':') && digitAt(f, before - 1)) return null;
  if (ch === ' ' && isCurrency(t[before - 1])) return null;
  return { from, plus };
}

/** A number cannot end glued to a word, nor before ":" and a digit (the hour of "10:30"). */
export const gluedAfter = (f: Folded, end: number): boolean =>
  isWord(f, end) || (f.text[end] === ':' && isDigit(f, end + 1));
