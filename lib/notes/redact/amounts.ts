import { type Folded, isDigit } from './fold';
import { type Groups, isCurrency, joiner, single, size } from './groups';

// Thousands separated by spaces or dots ("1 234 567", "1.234.567"); commas and apostrophes never join digit
// groups, so "1,234,567" is no number to redact in the first place.
const THOUSANDS = ' .';
const MAX_THOUSANDS = 6;

/** A currency sign before the amount ("€ 12 345") or after it, past its decimals ("12 345,50 €"). */
function nearCurrency(f: Folded, start: number, end: number): boolean {
  const t = f.text;
  if (isCurrency(t[start - 1]) || (t[start - 1] === ' ' && isCurrency(t[start - 2]))) return true;
  let i = end;
  if ((t[i] === ',' || t[i] === '.') && isDigit(f, i + 1)) i += 2;
  if (isDigit(f, i)) i++;
  if (t[i] === ' ') i++;
  return isCurrency(t[i]);
}

/**
 * The end of the amount starting at group `i`, or -1: a first group of 1–3 digits, then groups of exactly
 * three, one joiner throughout. Dotted, it is an amount; spaced, only with one digit first ("1 234 567"), a
 * currency sign or decimals, since "612 345 678" is how Spain writes a phone number.
 */
export function amountEnd(g: Groups, i: number): number {
  const { f } = g;
  const start = g.start[i]!;
  const sep = single(g, i + 1);
  if (!sep || !THOUSANDS.includes(sep) || size(g, i) > 3 || joiner(g, i) === sep) return -1;
  if (f.text[start] === '0' || f.text[start - 1] === '+') return -1;
  let k = i + 1;
  for (; joiner(g, k + 1) === sep; k++) {
    if (size(g, k) !== 3 || k - i >= MAX_THOUSANDS) return -1;
  }
  if (size(g, k) !== 3) return -1;
  const end = g.end[k]!;
  const decimals = (f.text[end] === ',' || f.text[end] === '.') && isDigit(f, end + 1);
  return sep === '.' || size(g, i) === 1 || decimals || nearCurrency(f, start, end) ? end : -1;
}
