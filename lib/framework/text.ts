/**
 * Turns helpdesk text into words the engine can match, without losing where each word came from, so
 * evidence can quote the customer's own words. Handles what real tickets contain: HTML entities (often
 * encoded twice), links, @handles, hashtags, emoji, masked swearing ("sh*t"), shouting in capitals and
 * runs of "!!!" or "?!" split by stray spaces.
 */

export interface Token {
  /** Lower-cased, accents and hashtag sign removed, apostrophes straightened, spelling alias applied. */
  norm: string;
  /** The word as written, after entity decoding. */
  raw: string;
  start: number;
  end: number;
  /** Index of the sentence the word is in; phrases never match across sentences. */
  sentence: number;
  hashtag: boolean;
  /** Written with mask characters among its letters ("f#€k", "sh*t"). */
  masked: boolean;
}

export interface TextInfo {
  /** The message with HTML entities decoded; token offsets point into it. */
  text: string;
  /** `text` with links and handles blanked out, for emoji and emoticon look-ups. */
  plain: string;
  tokens: Token[];
  /** A run such as "!!", "!! !", "?!" or "???", quoted as written. */
  exclaim: string | null;
  question: boolean;
  /** Two or more words in capitals (not acronyms), quoted. */
  shouting: string | null;
  /** Every word in capitals (not acronyms). */
  capitals: string[];
  /** Sentences (by index) that end in a question mark. */
  questionSentences: number[];
  /** The first link in the message (a screenshot, a tracking page): often the details an agent asked for. */
  link: string | null;
}

export interface TextOptions {
  aliases: ReadonlyMap<string, string>;
  acronyms: ReadonlySet<string>;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
};
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi;

function decodeOne(match: string, body: string): string {
  if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? match;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** Decodes HTML entities; twice at most, because platforms often encode "&" before encoding "&gt;". */
export function decodeEntities(text: string): string {
  let out = text;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) {
    const next = out.replace(ENTITY, decodeOne);
    if (next === out) break;
    out = next;
  }
  return out;
}

// Links | handles | words (with apostrophes, hyphens and mask characters inside; "Furious_Fox" is one name,
// not the word "furious") | ! and ? runs | breaks.
const PIECE =
  /(https?:\/\/\S+|www\.\S+)|(@\w+)|(#?[\p{L}\p{N}_][\p{L}\p{N}\p{M}_]*(?:(?:['’-]|[*#€$%@]+)[\p{L}\p{N}\p{M}_]+)*[*#€$%@]*)|([!?]+(?:[ \t]*[!?]+)*)|([.;\n…]+)/gu;
const MASK_INSIDE = /[\p{L}\p{N}][*#€$%@]/u;
const ANY_MASK = /[*€$%@]|\S#/;
const NON_ASCII = /[^\p{ASCII}]/u;
const MARKS = /\p{M}/gu;
const EDGE_MASKS = /^[#*€$%@]+|[*#€$%@]+$/g;
const LETTERS = /\p{L}/gu;
const MASK_CHARS = '#*€$%@';

/** The form cues are compared in; used for cue phrases too, so both sides normalise the same way. */
export function normalizeWord(raw: string, aliases: ReadonlyMap<string, string>): string {
  let norm = raw.toLowerCase();
  if (NON_ASCII.test(norm)) norm = norm.normalize('NFD').replace(MARKS, '').replace(/’/g, "'");
  if (MASK_CHARS.includes(norm[0]!) || MASK_CHARS.includes(norm[norm.length - 1]!)) norm = norm.replace(EDGE_MASKS, '');
  return aliases.get(norm) ?? norm;
}

// Most words are lower-case; look at the first two letters before doing any real work.
function isUpper(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code > 127 && String.fromCharCode(code) !== String.fromCharCode(code).toLowerCase())
  );
}

function isCapsWord(raw: string, norm: string, acronyms: ReadonlySet<string>): boolean {
  if (raw.length < 3 || !isUpper(raw.charCodeAt(0)) || !isUpper(raw.charCodeAt(1))) return false;
  const letters = raw.match(LETTERS);
  if (!letters || letters.length < 3 || letters.length !== raw.replace(/['’*]/g, '').length) return false;
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase() && !acronyms.has(norm);
}

/**
 * Capitals count as shouting from two longer words, or three words in all; a pair of three-letter words is
 * usually codes or acronyms ("TSA", "BWI") rather than shouting.
 */
export function isShouting(capitals: readonly string[]): boolean {
  let weight = 0;
  for (const word of capitals) weight += word.replace(/['’*]/g, '').length >= 4 ? 2 : 1;
  return weight >= 3;
}

// "WHERE IS MY ORDER" reads better quoted whole than as the capital words alone.
function quoteCapitals(text: string, words: readonly Token[]): string {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const span = text.slice(first.start, last.end);
  return span.length <= 60
    ? span
    : words
        .slice(0, 6)
        .map((w) => w.raw)
        .join(' … ');
}

export function readText(input: string, options: TextOptions): TextInfo {
  const text = decodeEntities(input);
  const tokens: Token[] = [];
  const caps: string[] = [];
  const capsTokens: Token[] = [];
  let plain = text;
  let sentence = 0;
  let exclaim: string | null = null;
  let link: string | null = null;
  const questionSentences: number[] = [];
  const mayBeMasked = ANY_MASK.test(text);
  for (const m of text.matchAll(PIECE)) {
    const start = m.index;
    if (m[1] !== undefined || m[2] !== undefined) {
      if (m[1] !== undefined) link ??= m[1];
      plain = plain.slice(0, start) + ' '.repeat(m[0].length) + plain.slice(start + m[0].length);
    } else if (m[3] !== undefined) {
      const raw = m[3];
      const hashtag = raw[0] === '#';
      const norm = normalizeWord(raw, options.aliases);
      if (!norm) continue;
      const masked = mayBeMasked && MASK_INSIDE.test(hashtag ? raw.slice(1) : raw);
      tokens.push({ norm, raw, start, end: start + raw.length, sentence, hashtag, masked });
      if (!hashtag && isCapsWord(raw, norm, options.acronyms)) {
        caps.push(raw);
        capsTokens.push(tokens[tokens.length - 1]!);
      }
    } else if (m[4] !== undefined) {
      const run = m[4];
      if (run.includes('?')) questionSentences.push(sentence);
      const bangs = run.split('!').length - 1;
      // "!!", "?!" and "???" read as exasperation; a single "?" or "??" is often just a puzzled question.
      const asks = run.split('?').length - 1;
      if (exclaim === null && (bangs >= 2 || (bangs >= 1 && asks >= 1) || asks >= 3)) exclaim = run;
      sentence++;
    } else {
      sentence++;
    }
  }
  const shouting = isShouting(caps) ? quoteCapitals(text, capsTokens) : null;
  const question = questionSentences.length > 0;
  return { text, plain, tokens, exclaim, question, shouting, capitals: caps, questionSentences, link };
}
