// Words of complaint notes, read once, character by character, without cutting a string per word: a slice,
// a regex or a normalisation per word would cost more than everything else insights do. Each distinct
// written form is found by a hash computed while scanning, and folded (case, accents, stop words, stems)
// once, the first time it is met.
import { stem } from './stems';
import { STOP_WORDS } from './stop-words';

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019; // ’, as phones type the apostrophe
const SPACE = 32;
const TAB = 9;
const MIN_LENGTH = 2;

// Per UTF-16 code: 0 not looked at yet, 1 part of a word (letter, digit, combining mark), 2 not. ASCII is
// filled in at once, so the common case is one read.
const WORD_CODES = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) WORD_CODES[code] = /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 2;
function isWordCode(code: number): boolean {
  let kind = WORD_CODES[code]!;
  if (kind === 0) {
    kind = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CODES[code] = kind;
  }
  return kind === 1;
}

/** Lower case, no accents, one apostrophe: "Café" and "cafe", "Don’t" and "don't" are the same word. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/’/g, "'");
}

/** A word as someone wrote it, and how often. */
export interface Form {
  written: string;
  hash: number;
  /** The theme term it counts for, or -1: a stop word, a number, a single letter. */
  term: number;
  count: number;
}

/**
 * Every written form met, each with its term (its stem). `scan` turns a text into form ids, found in an
 * open-addressing table by a hash of the characters (FNV-1a) and checked character by character.
 */
export class Lexicon {
  readonly forms: Form[] = [];
  /** The forms of each term, by term id. */
  readonly termForms: Form[][] = [];
  /** `scan`'s output: form id × 2, plus 1 when only spaces or tabs separate it from the word before. */
  words = new Int32Array(256);
  private slots = new Int32Array(1024); // form id + 1; 0: empty
  private readonly termIds = new Map<string, number>();

  /**
   * Fills `words` with the words of `text` (an apostrophe inside a word stays: "don't"; a comma, full stop
   * or line break between two words stops them being a phrase) and returns how many there are.
   */
  scan(text: string): number {
    let count = 0;
    let start = -1;
    let hash = 0;
    let joined = 0;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const code = i < length ? text.charCodeAt(i) : SPACE;
      const inWord =
        isWordCode(code) ||
        (start >= 0 &&
          (code === APOSTROPHE || code === RIGHT_QUOTE) &&
          i + 1 < length &&
          isWordCode(text.charCodeAt(i + 1)));
      if (inWord) {
        if (start < 0) {
          start = i;
          hash = 0x811c9dc5;
        }
        hash = Math.imul(hash ^ code, 0x01000193);
        continue;
      }
      if (start >= 0) {
        if (count === this.words.length) this.words = grow(this.words);
        this.words[count++] = this.find(text, start, i, hash) * 2 + joined;
        start = -1;
        joined = 1;
      }
      if (code !== SPACE && code !== TAB) joined = 0;
    }
    return count;
  }

  private find(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0) return this.add(text.slice(start, end), hash, slot);
      const form = this.forms[id]!;
      if (form.hash === hash && same(form.written, text, start, end)) return id;
    }
  }

  private add(written: string, hash: number, slot: number): number {
    const id = this.forms.length;
    const form: Form = { written, hash, term: this.termOf(fold(written)), count: 0 };
    this.forms.push(form);
    if (form.term >= 0) this.termForms[form.term]!.push(form);
    this.slots[slot] = id + 1;
    // Half full at most, so that a probe finds an empty slot soon.
    if (this.forms.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.forms.forEach((form, id) => {
      let slot = form.hash & mask;
      while (this.slots[slot]) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    });
  }

  private termOf(folded: string): number {
    if (folded.length < MIN_LENGTH || STOP_WORDS.has(folded) || !/\p{L}/u.test(folded)) return -1;
    const key = stem(folded);
    let id = this.termIds.get(key);
    if (id === undefined) {
      id = this.termForms.length;
      this.termIds.set(key, id);
      this.termForms.push([]);
    }
    return id;
  }
}

function same(written: string, text: string, start: number, end: number): boolean {
  if (written.length !== end - start) return false;
  for (let i = 0; i < written.length; i++) if (written.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** The same numbers in an array twice the size. */
export function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The most frequent of some forms (code-unit order between equals, so every run picks the same). */
export function mostFrequent<T extends { count: number }>(candidates: readonly T[], text: (form: T) => string): T {
  let best = candidates[0]!;
  for (const c of candidates) {
    if (c.count > best.count || (c.count === best.count && text(c) < text(best))) best = c;
  }
  return best;
}
