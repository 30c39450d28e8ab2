import type { TextInfo } from '../text';

/**
 * Turns a message into hashed feature keys for the act detectors. Training (scripts/train) and detection
 * (`detector.ts`) build keys with these same functions, so what the model learned is what it sees. Word
 * n-grams carry the range of words they came from, so a detection can quote the words that carried it.
 */

/** Buckets per detector: 2^15 keeps every weight table small (int8, 32 K rows). */
export const FEATURE_BITS = 15;
const MASK = (1 << FEATURE_BITS) - 1;

export interface Feature {
  index: number;
  /** +1 or -1: signed hashing makes collisions cancel out on average instead of adding up. */
  sign: number;
  /** Token range in the message for word n-grams (what a quote is built from); -1 for message-wide ones. */
  first: number;
  last: number;
}

const FNV_START = 0x811c9dc5;

/** FNV-1a over UTF-16 units, continued from `h`: a key in parts hashes like the joined string. */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** FNV-1a of the parts joined by spaces: small, fast and the same in every JavaScript engine. */
export function hash(...parts: string[]): number {
  let h = fnv(FNV_START, parts[0] ?? '');
  for (let i = 1; i < parts.length; i++) h = fnv(fnv(h, ' '), parts[i]!);
  return h >>> 0;
}

/** Where a hashed key lands: its row (feature index) and sign. Pair and triple keys are hashed in parts. */
export function bucketOf(h: number): { index: number; sign: number } {
  return { index: h & MASK, sign: h & 0x80000000 ? -1 : 1 };
}

export function bucket(key: string): { index: number; sign: number } {
  return bucketOf(hash(key));
}

const NUMBER = /^\d+$/;
const DIGIT = /\d/;

/** The word as a feature: long numbers and codes are one feature whatever their digits ("details given"). */
export function wordForm(token: TextInfo['tokens'][number]): string {
  if (token.hashtag) return '#' + token.norm;
  const norm = token.norm;
  if (NUMBER.test(norm)) return norm.length >= 3 ? '<num>' : norm;
  if (norm.length >= 4 && DIGIT.test(norm)) return '<id>';
  return norm;
}

/** Keys one word brings wherever it stands: the word, and character 3- and 4-grams for typos and masks. */
export function wordKeys(form: string): string[] {
  const keys = ['w:' + form];
  const padded = '<' + form + '>';
  for (let n = 3; n <= 4; n++) for (let k = 0; k + n <= padded.length; k++) keys.push('c:' + padded.slice(k, k + n));
  return keys;
}

/** A hashed key and the words it came from (-1 for message-wide flags). */
export interface RangedKey {
  hash: number;
  first: number;
  last: number;
}

const EMOJI_ANGRY = /[\u{1F620}-\u{1F624}\u{1F92C}\u{1F44E}\u{1F612}\u{1F644}\u{1F611}\u{1F621}]/u;
const EMOJI_HAPPY = /[\u{1F600}-\u{1F60D}\u{1F642}\u{1F44D}\u{1F64F}\u{2764}\u{1F389}\u{1F917}]/u;
const EMOJI_SAD = /[\u{1F622}\u{1F625}\u{1F62D}\u{1F61E}\u{1F614}\u{1F61F}\u{1F641}\u{2639}\u{1F629}]/u;

const flagHashes = new Map<string, number>();
function flagHash(key: string): number {
  let h = flagHashes.get(key);
  if (h === undefined) flagHashes.set(key, (h = hash(key)));
  return h;
}

/** Keys that depend on the neighbours of words or on the whole message: word pairs and triples, flags. */
export function messageKeys(info: TextInfo, forms: readonly string[], profane: boolean): RangedKey[] {
  const keys: RangedKey[] = [];
  const tokens = info.tokens;
  for (let i = 0; i < forms.length; i++) {
    const sentence = tokens[i]!.sentence;
    if (i + 1 < forms.length && tokens[i + 1]!.sentence === sentence) {
      // Hashed in parts: the same as hashing "b:first second" without building the string.
      keys.push({ hash: hash('b:' + forms[i], forms[i + 1]!), first: i, last: i + 1 });
      if (i + 2 < forms.length && tokens[i + 2]!.sentence === sentence)
        keys.push({ hash: hash('t:' + forms[i], forms[i + 1]!, forms[i + 2]!), first: i, last: i + 2 });
    }
  }
  const flag = (key: string) => keys.push({ hash: flagHash(key), first: -1, last: -1 });
  if (forms.length > 0) keys.push({ hash: hash('s:' + forms[0]), first: 0, last: 0 });
  flag('len:' + Math.min(6, Math.ceil(Math.log2(forms.length + 1))));
  if (info.question) flag('f:question');
  if (info.exclaim) flag('f:exclaim');
  if (info.shouting) flag('f:shouting');
  if (info.link) flag('f:link');
  if (profane) flag('f:profane');
  if (tokens.some((t) => t.masked)) flag('f:masked');
  if (EMOJI_ANGRY.test(info.plain)) flag('f:emoji-angry');
  if (EMOJI_HAPPY.test(info.plain)) flag('f:emoji-happy');
  if (EMOJI_SAD.test(info.plain)) flag('f:emoji-sad');
  return keys;
}

/** Every feature of a message, as training sees it; the detector sums the same features faster. */
export function featuresOf(info: TextInfo, profane: boolean): Feature[] {
  const forms = info.tokens.map(wordForm);
  const out: Feature[] = [];
  forms.forEach((form, i) => {
    for (const key of wordKeys(form)) out.push({ ...bucket(key), first: i, last: i });
  });
  for (const { hash: h, first, last } of messageKeys(info, forms, profane)) out.push({ ...bucketOf(h), first, last });
  return out;
}
