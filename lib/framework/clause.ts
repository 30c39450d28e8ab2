import type { Hit } from './lexicon';
import type { TextInfo } from './text';

/** At most this many words: a quote the agent reads at a glance, not the whole message. */
const CLAUSE_WORDS = 14;

/**
 * The sentence around words `first`..`last`, cut to a readable length around them: what a person quotes
 * as "what was said" ("Is there a way to move my booking?", not "Is there").
 */
export function clauseAround(info: TextInfo, first: number, last: number, words = CLAUSE_WORDS): string {
  const { tokens } = info;
  const sentence = tokens[first]!.sentence;
  let from = first;
  let to = last;
  while (to + 1 < tokens.length && tokens[to + 1]!.sentence === sentence && to - from + 1 < words) to++;
  while (from > 0 && tokens[from - 1]!.sentence === sentence && to - from + 1 < words) from--;
  return info.text.slice(tokens[from]!.start, tokens[to]!.end);
}

/** A cue's evidence as a clause; emoji and other hits without words stay as they are. */
export function clauseOf(info: TextInfo, hit: Hit): string {
  return hit.first < 0 ? hit.quote : clauseAround(info, hit.first, hit.last);
}
