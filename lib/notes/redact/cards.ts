import { luhn } from './checksums';
import { digitsOf, gluedAfter, type Groups, joiner, size } from './groups';

const MIN_DIGITS = 13;
const MAX_DIGITS = 19;
// One character between groups ("4111 1111…", "4111-1111…", "4111.1111…"): brackets and slashes are phones'.
const JOINERS = ' -._';

/**
 * The end of the card number starting at group `i`, or -1: the longest run of 13–19 digits over whole groups
 * that passes the Luhn check. No card number starts with 0 (ISO/IEC 7812 assigns that digit to no industry).
 */
export function cardEnd(g: Groups, i: number): number {
  if (g.f.text[g.start[i]!] === '0') return -1;
  let digits = '';
  let best = -1;
  for (let j = i; j < g.start.length && !g.claimed[j]; j++) {
    const sep = j > i ? joiner(g, j) : '';
    if (sep === null || sep.length > 1 || !JOINERS.includes(sep)) break;
    if (digits.length + size(g, j) > MAX_DIGITS) break;
    digits += digitsOf(g, j);
    if (digits.length >= MIN_DIGITS && luhn(digits) && !gluedAfter(g.f, g.end[j]!)) best = g.end[j]!;
  }
  return best;
}
