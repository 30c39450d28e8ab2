import { CUE_CATEGORIES, type CueCategory, type CueSet } from './cues/schema';
import { normalizeWord, readText, type TextInfo } from './text';

/** A cue found in a message: token range (inclusive) and the words as written, for evidence. */
export interface Hit {
  first: number;
  last: number;
  quote: string;
}
export type Hits = Partial<Record<CueCategory, Hit[]>>;

interface TrieNode {
  next: Map<string, TrieNode>;
  cats: CueCategory[];
}

/** Cue sets compiled for fast matching: one word trie for every phrase, plus substring lists for emoji. */
export interface Lexicon {
  locale: string;
  aliases: ReadonlyMap<string, string>;
  acronyms: ReadonlySet<string>;
  /** Merged cue lists, normalised; the profanity check reads `notAbusive` and `insult` from here. */
  lists: Readonly<Record<CueCategory, readonly string[]>>;
  trie: TrieNode;
  negators: ReadonlySet<string>;
  hashtagCues: ReadonlyArray<{ joined: string; cat: CueCategory }>;
}

// A negator just before these cues turns them around ("not working now", "no thanks", "never arrived").
const NEGATABLE: ReadonlySet<CueCategory> = new Set<CueCategory>([
  'anger',
  'distress',
  'thanks',
  'resolved',
  'later',
  'accept',
  'grievance',
  'demand',
  'churn',
  'publicComplaint',
  'waiting',
]);
// Hashtags run words together (#worstservice, #cantwaittoswitch); these categories are looked for inside them.
const HASHTAG_CATS: ReadonlySet<CueCategory> = new Set<CueCategory>([
  'anger',
  'distress',
  'demand',
  'churn',
  'publicComplaint',
  'grievance',
]);
const isEmojiCategory = (cat: CueCategory) => cat.endsWith('Emoji');
const MAYBE_EMOJI = /[^\p{ASCII}]|[:;_]/u;

function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/** Merges the sets whose language matches `locale` (built-ins first, extras after) and compiles them. */
export function compileLexicon(sets: readonly CueSet[], locale: string): Lexicon {
  const language = languageOf(locale);
  const chosen = sets.filter((s) => languageOf(s.locale) === language);
  const aliases = new Map<string, string>();
  for (const set of chosen) for (const [from, to] of Object.entries(set.aliases ?? {})) aliases.set(from, to);
  const raw = Object.fromEntries(CUE_CATEGORIES.map((cat) => [cat, [] as string[]])) as Record<CueCategory, string[]>;
  for (const set of chosen) for (const cat of CUE_CATEGORIES) raw[cat].push(...(set.cues[cat] ?? []));

  const acronyms = new Set(raw.acronym.map((w) => normalizeWord(w, aliases)));
  const textOptions = { aliases, acronyms };
  const trie: TrieNode = { next: new Map(), cats: [] };
  const lists = {} as Record<CueCategory, string[]>;
  const hashtagCues: Array<{ joined: string; cat: CueCategory }> = [];
  for (const cat of CUE_CATEGORIES) {
    const seen = new Set<string>();
    for (const phrase of raw[cat]) {
      if (isEmojiCategory(cat)) {
        seen.add(phrase);
        continue;
      }
      const words = readText(phrase, textOptions).tokens.map((t) => t.norm);
      if (words.length === 0 || seen.has(words.join(' '))) continue;
      seen.add(words.join(' '));
      let node = trie;
      for (const word of words) {
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { next: new Map(), cats: [] }));
        node = child;
      }
      if (!node.cats.includes(cat)) node.cats.push(cat);
      const joined = words.join('');
      if (HASHTAG_CATS.has(cat) && joined.length >= 4) hashtagCues.push({ joined, cat });
    }
    lists[cat] = [...seen];
  }
  return { locale, aliases, acronyms, lists, trie, negators: new Set(lists.negator), hashtagCues };
}

export function textOptionsOf(lexicon: Lexicon) {
  return { aliases: lexicon.aliases, acronyms: lexicon.acronyms };
}

function negated(lexicon: Lexicon, info: TextInfo, first: number): boolean {
  const sentence = info.tokens[first]!.sentence;
  for (let k = first - 1; k >= first - 2 && k >= 0; k--) {
    const token = info.tokens[k]!;
    if (token.sentence !== sentence) return false;
    if (lexicon.negators.has(token.norm)) return true;
  }
  return false;
}

function add(hits: Hits, cat: CueCategory, hit: Hit) {
  (hits[cat] ??= []).push(hit);
}

/** Every cue in the message, in reading order per category. */
export function matchCues(lexicon: Lexicon, info: TextInfo): Hits {
  const hits: Hits = {};
  const { tokens, text } = info;
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = lexicon.trie;
    for (let j = i; j < tokens.length; j++) {
      if (j > i && tokens[j]!.sentence !== tokens[i]!.sentence) break;
      node = node.next.get(tokens[j]!.norm);
      if (!node) break;
      for (const cat of node.cats) {
        if (NEGATABLE.has(cat) && negated(lexicon, info, i)) continue;
        add(hits, cat, { first: i, last: j, quote: text.slice(tokens[i]!.start, tokens[j]!.end) });
      }
    }
    const token = tokens[i]!;
    if (token.hashtag && token.norm.length > 4) {
      for (const { joined, cat } of lexicon.hashtagCues) {
        if (joined !== token.norm && token.norm.includes(joined))
          add(hits, cat, { first: i, last: i, quote: token.raw });
      }
    }
  }
  // Emoji and emoticons need a non-ASCII character or one of these marks; most messages have neither.
  if (!MAYBE_EMOJI.test(info.plain)) return hits;
  for (const cat of CUE_CATEGORIES) {
    if (!isEmojiCategory(cat)) continue;
    for (const emoji of lexicon.lists[cat]) {
      if (info.plain.includes(emoji)) add(hits, cat, { first: -1, last: -1, quote: emoji });
    }
  }
  return hits;
}
