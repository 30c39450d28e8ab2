import { DataSet, RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { Hit, Hits, Lexicon } from './lexicon';
import type { TextInfo } from './text';

/**
 * Profanity comes from the `obscenity` library (its English word list and its handling of leetspeak,
 * look-alike letters and stretched words). The library costs ~15 µs a call whatever the length, so it
 * only runs on messages that could contain one of its words: a cheap scan with the library's own word
 * list, compiled here, decides. Masked forms the library does not know ("sh*t", "f#€k") are compared
 * letter by letter with the same word list.
 */
export type ProfanityCheck = (info: TextInfo, hits: Hits) => Hit[];

interface Metadata {
  originalWord: string;
}

const MASK = /[*#€$%@]/;
// What disguised swearing looks like: digits or symbols among letters, a letter three times, look-alikes.
const DISGUISE = /\p{L}[\p{N}*#€$%@]|[\p{N}$@]\p{L}|(\p{L})\1\1|[\uff00-\uffef]|(?=\p{L})\P{Script=Latin}/u;
const BANG_INSIDE = /\p{L}!\p{L}/u;
const NON_LATIN = /[\uff00-\uffef]|(?=\p{L})\P{Script=Latin}/u;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Lower-case letters only, leetspeak read as letters, stretched letters collapsed: "Fuuuck" → "fuck". */
function skeleton(raw: string): string {
  let out = '';
  for (const c of raw.toLowerCase()) {
    const letter = LEET[c] ?? c;
    if (letter >= 'a' && letter <= 'z' && letter !== out[out.length - 1]) out += letter;
  }
  return out;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The library's words, minus those a cue set marks as not abusive (clinical words, "piss"). */
function libraryWords(notAbusive: ReadonlySet<string>): { dataset: DataSet<Metadata>; words: string[] } {
  const words: string[] = [];
  const dataset = new DataSet<Metadata>().addAll(englishDataset).removePhrasesIf((phrase) => {
    const word = phrase.metadata?.originalWord ?? '';
    if (notAbusive.has(word)) return true;
    words.push(word.replace(/\s+/g, ''));
    return false;
  });
  return { dataset, words };
}

// A mask stands for the letters it hides: "f#€k" and "f***" are "fuck", "sh*tshow" starts with "shit".
function maskedWord(raw: string, words: readonly string[]): boolean {
  const lower = raw.toLowerCase();
  return words.some((word) => {
    if (word.length < 3 || lower.length < word.length || lower[0] !== word[0]) return false;
    let masks = 0;
    for (let i = 0; i < word.length; i++) {
      const c = lower[i]!;
      if (MASK.test(c)) masks++;
      else if (c !== word[i]) return false;
    }
    return masks > 0;
  });
}

function nameLike(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
}

// "Dick's Sporting Goods", "#Scunthorpe": a capitalised word inside a sentence is a name, not abuse.
function looksLikeName(info: TextInfo, index: number): boolean {
  const token = info.tokens[index]!;
  const previous = info.tokens[index - 1];
  if (token.hashtag || !previous || previous.sentence !== token.sentence) return false;
  return nameLike(token.raw);
}

export function createProfanityCheck(lexicon: Lexicon): ProfanityCheck {
  const notAbusive = new Set(lexicon.lists.notAbusive);
  const { dataset, words } = libraryWords(notAbusive);
  const built = dataset.build();
  const matcher = new RegExpMatcher({
    ...built,
    ...englishRecommendedTransformers,
    whitelistedTerms: [...(built.whitelistedTerms ?? []), ...lexicon.lists.notAbusive],
  });
  // Short words only count whole ("tit", not "title"); longer ones inside other words ("bullshit").
  const short = words.filter((w) => w.length <= 3).map(escape);
  const long = words.filter((w) => w.length > 3).map(escape);
  const candidate = new RegExp(`\\b(?:${short.join('|')})(?:e?s)?\\b|${long.join('|')}`, 'i');
  const shortSkeletons = new Set(words.filter((w) => w.length <= 3).map(skeleton));
  const longSkeletons = words.filter((w) => w.length > 3).map(skeleton);
  const disguised = (raw: string) => {
    const bare = skeleton(raw);
    return NON_LATIN.test(raw) || shortSkeletons.has(bare) || longSkeletons.some((w) => bare.includes(w));
  };

  return (info, hits) => {
    // Token index where a match starts → index where it ends ("sh!t" is read as the words "sh" and "t").
    const found = new Map<number, number>();
    const suspect =
      candidate.test(info.plain) ||
      BANG_INSIDE.test(info.plain) ||
      (DISGUISE.test(info.plain) && info.tokens.some((t) => disguised(t.raw)));
    if (suspect) {
      for (const match of matcher.getAllMatches(info.text)) {
        const first = info.tokens.findIndex((t) => match.startIndex < t.end);
        let last = first;
        while (last + 1 < info.tokens.length && info.tokens[last + 1]!.start <= match.endIndex) last++;
        if (first >= 0 && info.tokens[first]!.start <= match.endIndex)
          found.set(first, Math.max(last, found.get(first) ?? 0));
      }
    }
    info.tokens.forEach((token, index) => {
      if (token.masked && maskedWord(token.hashtag ? token.raw.slice(1) : token.raw, words)) found.set(index, index);
      // Hashtags run words together, so the library's word boundaries miss "#FixYourShitApp".
      if (token.hashtag && longSkeletons.some((w) => skeleton(token.raw).includes(w)) && !nameLike(token.raw.slice(1)))
        found.set(index, index);
    });
    const cleared = hits.notAbusive ?? [];
    return [...found]
      .sort(([a], [b]) => a - b)
      .filter(([i]) => !looksLikeName(info, i) && !cleared.some((h) => h.first <= i && i <= h.last))
      .map(([first, last]) => ({
        first,
        last,
        quote: info.text.slice(info.tokens[first]!.start, info.tokens[last]!.end),
      }));
  };
}
