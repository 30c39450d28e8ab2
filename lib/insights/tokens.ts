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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Every written form met, by form id, each with its term (its stem). `scan` turns a text into form ids,
 * found in an open-addressing table by a hash of the characters (FNV-1a) and checked against the form as
 * written. What is kept per form sits in typed arrays, not in an object per form: `scan` runs for every
 * word of every complaint, and a number read from an array costs less than a property behind a pointer.
 */
export class Lexicon {
  /** The forms as written, by form id. */
  readonly written: string[] = [];
  /** Per form id: the theme term it counts for, or -1 (a stop word, a number, a single letter). */
  terms = new Int32Array(256);
  /** Per form id: how often `scan` met it. */
  counts = new Int32Array(256);
  /** The form ids of each term, by term id. */
  readonly termForms: number[][] = [];
  /** `scan`'s output: form id × 2, plus 1 when only spaces or tabs separate it from the word before. */
  words = new Int32Array(256);
  private hashes = new Int32Array(256);
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
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (
        isWordCode(code) ||
        (start >= 0 &&
          (code === APOSTROPHE || code === RIGHT_QUOTE) &&
          i + 1 < length &&
          isWordCode(text.charCodeAt(i + 1)))
      ) {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
        continue;
      }
      if (start >= 0) {
        this.put(count++, this.find(text, start, i, hash) * 2 + joined);
        start = -1;
        joined = 1;
      }
      if (code !== SPACE && code !== TAB) joined = 0;
    }
    if (start >= 0) this.put(count++, this.find(text, start, length, hash) * 2 + joined);
    return count;
  }

  private put(at: number, word: number): void {
    if (at === this.words.length) this.words = grow(this.words);
    this.words[at] = word;
  }

  private find(text: string, start: number, end: number, hash: number): number {
    const { slots, hashes, written } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot]! - 1;
      if (id < 0) return this.add(text.slice(start, end), hash, slot);
      if (hashes[id] === hash) {
        const form = written[id]!;
        // startsWith at an offset compares in place, without cutting the word out of the text.
        if (form.length === end - start && text.startsWith(form, start)) {
          this.counts[id]!++;
          return id;
        }
      }
    }
  }

  private add(form: string, hash: number, slot: number): number {
    const id = this.written.length;
    if (id === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.terms = grow(this.terms);
      this.counts = grow(this.counts);
    }
    const term = this.termOf(fold(form));
    this.written.push(form);
    this.hashes[id] = hash;
    this.terms[id] = term;
    this.counts[id] = 1;
    if (term >= 0) this.termForms[term]!.push(id);
    this.slots[slot] = id + 1;
    // Half full at most, so that a probe finds an empty slot soon.
    if (this.written.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.written.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (this.slots[slot]) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
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

/** The same numbers in an array twice the size. */
export function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The most frequent of some ids by their counts (code-unit order of their text between equals, so every
 * run picks the same). */
export function mostFrequent(ids: readonly number[], counts: Int32Array, text: (id: number) => string): number {
  let best = ids[0]!;
  for (const id of ids) {
    if (counts[id]! > counts[best]! || (counts[id] === counts[best] && text(id) < text(best))) best = id;
  }
  return best;
}
