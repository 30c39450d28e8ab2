import { dateEnd } from './dates';
import { digitsOf, gluedAfter, type Groups, joiner, size, type Start } from './groups';

// E.164: at most 15 digits after the international prefix. Fewer than 7 is an extension or a reference.
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
// Dots, slashes and underscores alone also join versions, addresses, paths and references ("10.0.19045.2006",
// "4711/2026"): with only these, a number needs a prefix, a trunk 0 or the 3-3-4 North American shape.
// Neither a country code nor an area code starts with 0, so "0001234567" is an order number.
const WEAK = './_';
// "ext. 12", "x12", "#12", ", extension 12", ";ext=12" (RFC 3966): bounded, so matching is constant time.
const EXTENSION = /,? ?(?:;ext=|(?:extension|extn|ext|x|#)[.:]? ?)\d{1,6}/y;

interface Shape {
  intl: boolean;
  trunk: boolean;
  /** Joined by a space, dash or bracket somewhere (or opened with a bracket). */
  strong: boolean;
  /** Every group so far a 4-digit year ("2025-2026", "2024 2025 2026"). */
  years: boolean;
}

function plausible(g: Groups, i: number, j: number, digits: number, s: Shape): boolean {
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return false;
  // A bare run is an order number unless it has a prefix or a trunk 0 ("07700900123").
  if (j === i) return s.intl || (s.trunk && digits >= 10 && digits <= 11);
  if (s.intl) return true;
  if (s.years) return false;
  // A U.S. ZIP+4 code.
  if (j === i + 1 && size(g, i) === 5 && size(g, j) === 4 && joiner(g, j) === '-') return false;
  if (s.strong) return true;
  const nanp = j === i + 2 && size(g, i) === 3 && size(g, i + 1) === 3 && size(g, j) === 4;
  return (s.trunk && digits >= 9) || nanp;
}

/** Where the phone number ends, with its extension if one follows; -1 when it is glued to what follows. */
function endWithExtension(g: Groups, j: number): number {
  const t = g.f.text;
  const end = g.end[j]!;
  EXTENSION.lastIndex = end;
  if (EXTENSION.test(t) && !gluedAfter(g.f, EXTENSION.lastIndex)) return EXTENSION.lastIndex;
  return gluedAfter(g.f, end) ? -1 : end;
}

/**
 * The end of the phone number starting at group `i`, or -1: the longest plausible run of groups with at most
 * 15 digits after the prefix ("+" or "00"). A national number stops before a date; an international one goes
 * on through something date-shaped only until it is a number of its own ("+1 2026-03-01" is a phone number).
 */
export function phoneEnd(g: Groups, i: number, start: Start): number {
  const t = g.f.text;
  const first = g.start[i]!;
  const nonZero = (k: number) => t[k] !== undefined && t[k] >= '1' && t[k] <= '9';
  const zeroZero = !start.plus && t.startsWith('00', first) && nonZero(first + 2);
  const s: Shape = {
    intl: start.plus || zeroZero,
    trunk: !start.plus && t[first] === '0' && nonZero(first + 1),
    strong: start.from < first && t.slice(start.from, first).includes('('),
    years: true,
  };
  let digits = zeroZero ? -2 : 0;
  let best = -1;
  for (let j = i; j < g.start.length && !g.claimed[j]; j++) {
    if (j > i) {
      const sep = joiner(g, j);
      if (sep === null || ((best > 0 || !s.intl) && dateEnd(g, j) > 0)) break;
      for (const ch of sep) if (!WEAK.includes(ch)) s.strong = true;
    }
    digits += size(g, j);
    if (digits > MAX_DIGITS) break;
    s.years &&= size(g, j) === 4 && /^(?:19|20)/.test(digitsOf(g, j));
    const end = plausible(g, i, j, digits, s) ? endWithExtension(g, j) : -1;
    if (end > 0) best = end;
  }
  return best;
}
