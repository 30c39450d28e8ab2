import type { CorpusConversation } from './schema.ts';

/**
 * Near-duplicate conversations: the share of word 4-grams two conversations have in common (Jaccard).
 * Written from different briefs, two conversations share stock phrases ("thanks for reaching out")
 * but few 4-grams overall; one written from the other shares most of them.
 */
export const NEAR_DUPLICATE = 0.3;
/**
 * A long customer turn repeated word for word in two conversations is reuse, not a coincidence. Agents'
 * turns are exempt: copy-pasted macros are part of what the corpus has to show.
 */
export const REPEATED_WORDS = 12;

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function shingles(c: CorpusConversation): Set<string> {
  const out = new Set<string>();
  for (const turn of c.turns) {
    const w = words(turn.text);
    for (let i = 0; i + 4 <= w.length; i++) out.add(w.slice(i, i + 4).join(' '));
  }
  return out;
}

export interface NearDuplicate {
  a: string;
  b: string;
  similarity: number;
}

/** Pairs of conversations at or above `threshold`; the later of each pair (by id order) is the one to drop. */
export function nearDuplicates(
  conversations: readonly CorpusConversation[],
  threshold = NEAR_DUPLICATE,
): NearDuplicate[] {
  const sets = conversations.map(shingles);
  const pairs: NearDuplicate[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const [small, large] = sets[i]!.size < sets[j]!.size ? [sets[i]!, sets[j]!] : [sets[j]!, sets[i]!];
      if (small.size === 0) continue;
      let shared = 0;
      for (const s of small) if (large.has(s)) shared++;
      const similarity = shared / (small.size + large.size - shared);
      if (similarity >= threshold) pairs.push({ a: conversations[i]!.id, b: conversations[j]!.id, similarity });
    }
  }
  return pairs;
}

/** Long customer turns that appear word for word in more than one conversation: `text → ids`. */
export function repeatedTurns(conversations: readonly CorpusConversation[]): Map<string, string[]> {
  const seen = new Map<string, Set<string>>();
  for (const c of conversations)
    for (const turn of c.turns) {
      if (turn.role !== 'customer') continue;
      const w = words(turn.text);
      if (w.length < REPEATED_WORDS) continue;
      const key = w.join(' ');
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)!.add(c.id);
    }
  return new Map([...seen].filter(([, ids]) => ids.size > 1).map(([k, ids]) => [k, [...ids]]));
}

/** The highest similarity of any pair: what the datasheet reports after removal. */
export function highestSimilarity(conversations: readonly CorpusConversation[]): number {
  return nearDuplicates(conversations, 0).reduce((max, p) => Math.max(max, p.similarity), 0);
}
