import { ibanChecks } from './checksums';
import { type Folded, isWord } from './fold';
import type { Span } from './spans';

// The IBAN length of every country in the SWIFT registry: with the mod-97 check, a word that happens to start
// with two letters and two digits is not taken for an account.
const LENGTHS = new Map(
  (
    'ad24 ae23 al28 at20 az28 ba20 be16 bg22 bh22 bi27 br29 by28 ch21 cr22 cy28 cz24 de22 dj27 dk18 do28 ee20 ' +
    'eg29 es24 fi18 fk18 fo18 fr27 gb22 ge22 gi23 gl18 gr27 gt28 hr21 hu28 ie22 il23 iq23 is26 it27 jo30 kw30 ' +
    'kz20 lb28 lc32 li21 lt20 lu20 lv21 ly25 mc27 md24 me22 mk19 mn20 mr27 mt31 mu30 ni28 nl18 no15 om23 pk24 ' +
    'pl28 ps29 qa29 ro24 rs22 ru33 sa24 sc31 sd18 se24 si19 sk24 sm27 so23 st25 sv28 tl23 tn24 tr26 ua29 va22 ' +
    'vg24 xk20 ye30'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);
// Written in groups of four, or with dashes or dots: one such character between two of the IBAN's own.
const SEPARATORS = ' -.';

const isAlnum = (ch: string | undefined) => ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'));

/** Where the IBAN starting at `start` ends, or -1. Reads 2 × 34 characters at most. */
function ibanEnd(f: Folded, start: number): number {
  const length = LENGTHS.get(f.text.slice(start, start + 2));
  if (!length) return -1;
  let chars = '';
  let i = start;
  while (chars.length < length && i < f.text.length) {
    const ch = f.text[i]!;
    if (isAlnum(ch)) chars += ch;
    else if (!(chars.length && SEPARATORS.includes(ch) && isAlnum(f.text[i + 1]))) break;
    i++;
  }
  if (chars.length < length || isWord(f, i) || !/^[a-z]{2}\d{2}/.test(chars)) return -1;
  return ibanChecks(chars) ? i : -1;
}

/** IBANs, in any case, with or without their spaces; each start reads a bounded stretch, so the pass is linear. */
export function findIbans(f: Folded, out: Span[]): void {
  for (let i = 0; i + 1 < f.text.length; i++) {
    if (isWord(f, i - 1) || !/[a-z]/.test(f.text[i]!)) continue;
    const end = ibanEnd(f, i);
    if (end < 0) continue;
    out.push({ start: i, end, kind: 'account' });
    i = end - 1;
  }
}
