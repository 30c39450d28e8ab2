/**
 * The text as the detectors read it: one form for every way people type the same thing, with a map back to
 * the original so that what is replaced is always the text as written (never this folded copy).
 */

/** Character classes of the folded text, one per UTF-16 unit. */
export const OTHER = 0;
export const LETTER = 1;
/** ASCII 0–9, whatever script the digit was typed in. */
export const DIGIT = 2;
/** A numeral that is not a decimal digit ("〇", "௰"): part of a word, never of a number. */
export const NUMERAL = 3;
/** A letter of a script written without spaces between words: each one is a word of its own. */
export const UNSPACED = 4;

export interface Folded {
  readonly source: string;
  readonly text: string;
  /** One class per unit of `text`. */
  readonly cls: Uint8Array;
  /** For each unit of `text`, where the source character it came from starts and ends. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

interface Fold {
  text: string;
  cls: number[];
  /** Folds to itself: copied from the source in runs rather than one character at a time. */
  same: boolean;
}

const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// Letters with a stroke or a ligature have no decomposition to strip: "Søren" is typed "Soren", "Łódź" "Lodz".
const PLAIN: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
  ς: 'σ',
};

// Punctuation NFKC keeps apart although people use it interchangeably: apostrophes, quotes, middle dots between
// digit groups, slashes and the minus sign typed for a dash.
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00b7': '.',
  '\u2027': '.',
  '\u30fb': '.',
  '\u2044': '/',
  '\u2215': '/',
  '\u2212': '-',
  '\u2043': '-',
};

const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;

function classOf(ch: string): number {
  if (ch >= '0' && ch <= '9') return DIGIT;
  if (/\p{L}/u.test(ch)) return UNSPACED_SCRIPT.test(ch) ? UNSPACED : LETTER;
  return /\p{N}/u.test(ch) ? NUMERAL : OTHER;
}

const zeros = new Map<number, number>();

/**
 * Every script's decimal digits are encoded as runs of ten, 0 to 9 (a Unicode stability guarantee), so a
 * digit's value is its distance from the start of its run. The longest run is 50 code points.
 */
function digitValue(cp: number): number {
  let zero = zeros.get(cp);
  if (zero === undefined) {
    zero = cp;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
    zeros.set(cp, zero);
  }
  return (cp - zero) % 10;
}

function foldLetters(ch: string): string {
  let out = '';
  for (const c of ch.toLowerCase().normalize('NFD')) {
    if (!/\p{M}/u.test(c)) out += PLAIN[c] ?? c;
  }
  return out.normalize('NFC');
}

function foldOne(ch: string): string {
  let out = '';
  for (const c of ch.normalize('NFKC')) {
    if (/\p{Nd}/u.test(c)) out += String(digitValue(c.codePointAt(0)!));
    else if (/\p{Zs}/u.test(c)) out += ' ';
    else if (LINE_BREAK.test(c)) out += '\n';
    else if (/\p{Pd}/u.test(c)) out += '-';
    // Invisible characters (zero-width spaces, joiners, bidi marks, soft hyphens) and lone combining marks
    // must not split "4111\u200b1111" or "Jose\u0301" into two things.
    else if (/[\p{Cf}\p{M}]/u.test(c)) continue;
    else out += PUNCTUATION[c] ?? foldLetters(c);
  }
  return out;
}

function withClasses(source: string, text: string): Fold {
  const cls: number[] = [];
  for (const c of text) {
    const k = classOf(c);
    for (let i = 0; i < c.length; i++) cls.push(k);
  }
  return { text, cls, same: text === source };
}

const ASCII: Fold[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  return withClasses(ch, ch === '\t' ? ' ' : LINE_BREAK.test(ch) ? '\n' : ch.toLowerCase());
});
// A lone surrogate is not a character; it stands for nothing any detector looks for.
const LONE = withClasses('', '\ufffd');
// Text uses a few hundred characters beyond ASCII; the bound only keeps text made to defeat it from filling memory.
const cache = new Map<number, Fold>();
const CACHE_SIZE = 10_000;

function foldCodePoint(cp: number): Fold {
  if (cp < 128) return ASCII[cp]!;
  if (cp >= 0xd800 && cp <= 0xdfff) return LONE;
  let known = cache.get(cp);
  if (!known) {
    const ch = String.fromCodePoint(cp);
    known = withClasses(ch, foldOne(ch));
    if (cache.size < CACHE_SIZE) cache.set(cp, known);
  }
  return known;
}

function grown<T extends Uint8Array | Int32Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * NFKC, digits of any script as ASCII digits, every space as " " and every dash as "-", lower case without
 * accents. One pass, each source character folded on its own: NFKC expands a character to 18 at most.
 */
export function fold(source: string): Folded {
  const parts: string[] = [];
  let cls = new Uint8Array(source.length);
  let from = new Int32Array(source.length);
  let to = new Int32Array(source.length);
  let n = 0;
  let copied = 0;
  for (let i = 0; i < source.length;) {
    const cp = source.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    const units = folded.cls.length;
    if (n + units > cls.length) {
      cls = grown(cls, n + units);
      from = grown(from, n + units);
      to = grown(to, n + units);
    }
    if (!folded.same) {
      parts.push(source.slice(copied, i), folded.text);
      copied = i + size;
    }
    for (let k = 0; k < units; k++, n++) {
      cls[n] = folded.cls[k]!;
      from[n] = i;
      to[n] = i + size;
    }
    i += size;
  }
  parts.push(source.slice(copied));
  return { source, text: parts.join(''), cls: cls.subarray(0, n), from: from.subarray(0, n), to: to.subarray(0, n) };
}

/** A letter, digit or numeral (any script) at `i`: what a number or a name must not be glued to. */
export const isWord = (f: Folded, i: number): boolean => i >= 0 && i < f.cls.length && f.cls[i] !== OTHER;

export const isDigit = (f: Folded, i: number): boolean => i >= 0 && i < f.cls.length && f.cls[i] === DIGIT;
