import { PairIndex } from './pair-index';
import { compareText } from './phrases';
import { grow, Lexicon, mostFrequent } from './tokens';
import type { InsightRecord, Theme } from './types';

/** A theme must recur: one conversation is an anecdote. */
export const MIN_CONVERSATIONS = 2;
/** The list is for reading, not a dump of every recurring word. */
export const MAX_THEMES = 50;

const KIND_ORDER: Record<Theme['kind'], number> = { tag: 0, term: 1, phrase: 2 };
/** A theme's ref is its id × 3 plus its kind's place here. */
const REF_KINDS = ['term', 'phrase', 'tag'] as const;
const [TERM, PHRASE, TAG] = [0, 1, 2];

interface Candidate {
  kind: Theme['kind'];
  label: string;
  conversations: number;
  /** Its ref in the record log (see `log`). */
  ref: number;
  recordIds: string[];
}

/**
 * Conversations per theme: tags (exactly as written: the tag filter matches them so, and a tag is a label
 * the team chose), and terms and two-word phrases of the complaint notes, folded (tokens.ts, stems.ts).
 */
export function themeCounter(expectedRecords = 0) {
  const lexicon = new Lexicon();
  /** Tag ids by the tag as written, and the tags by id. */
  const tagIds = new Map<string, number>();
  const tags: string[] = [];
  /**
   * Every theme has a ref: term × 3, phrase × 3 + 1, tag × 3 + 2. Per ref: conversations, and the last
   * record counted (its number in the order records came), so that a conversation counts once (a tag
   * written twice, a word repeated).
   */
  let conversations = new Int32Array(1024);
  let last = new Int32Array(1024).fill(-1);
  /**
   * The refs each record counted, record after record; record k's are `log[starts[k]]` up to the next
   * record's start. Record ids are only wanted for the few themes shown, so they are collected from here at
   * the end rather than kept for every word.
   */
  // Sized for the records to come (a complaint logs twenty-odd refs): growing a log of millions copies it
  // whole, and each copy is memory the collector must then be pressed to reclaim.
  let log = new Int32Array(Math.max(1 << 16, expectedRecords * 32));
  let logged = 0;
  let starts = new Int32Array(Math.max(1024, expectedRecords + 1));
  /**
   * The ids of the records counted, in the order they came, and whether that is id order. Taken while each
   * record is at hand: reading 100,000 ids again at the end, from records spread over the heap, costs more
   * than all of the rest of collecting. Made at its length (a list grown by push is copied each time it
   * outgrows itself) and cut to size at the end.
   */
  const ids = new Array<string>(expectedRecords);
  let counted = 0;
  let inIdOrder = true;
  /**
   * Pair forms: two adjacent forms as written. Per pair id: its two form ids, how often it was met and the
   * phrase (the pair of terms) it counts for; `pairIndex` finds a pair id by its two form ids.
   */
  const pairIndex = new PairIndex();
  let pairFirst = new Int32Array(1024);
  let pairSecond = new Int32Array(1024);
  let pairCounts = new Int32Array(1024);
  let pairPhrase = new Int32Array(1024);
  let pairCount = 0;
  /** The pair ids of each phrase, by phrase id. */
  const phrases: number[][] = [];
  /** Per first term id: phrase ids by second term id. */
  const phraseIds: Map<number, number>[] = [];

  function newPair(first: number, second: number): number {
    const [a, b] = [lexicon.terms[first]!, lexicon.terms[second]!];
    const byTerm = (phraseIds[a] ??= new Map());
    let phrase = byTerm.get(b);
    if (phrase === undefined) {
      phrase = phrases.length;
      byTerm.set(b, phrase);
      phrases.push([]);
    }
    const pair = pairCount++;
    if (pair === pairFirst.length) {
      [pairFirst, pairSecond, pairCounts, pairPhrase] = [
        grow(pairFirst),
        grow(pairSecond),
        grow(pairCounts),
        grow(pairPhrase),
      ];
    }
    pairFirst[pair] = first;
    pairSecond[pair] = second;
    pairPhrase[pair] = phrase;
    pairIndex.add(first, second, pair);
    phrases[phrase]!.push(pair);
    return pair;
  }

  function count(ref: number, index: number): void {
    while (ref >= last.length) {
      conversations = grow(conversations);
      last = grow(last).fill(-1, last.length);
    }
    if (last[ref] === index) return;
    last[ref] = index;
    conversations[ref]!++;
    if (logged === log.length) log = grow(log);
    log[logged++] = ref;
  }

  function tagId(tag: string): number {
    let id = tagIds.get(tag);
    if (id === undefined) {
      id = tags.length;
      tagIds.set(tag, id);
      tags.push(tag);
    }
    return id;
  }

  function add(record: InsightRecord): void {
    const index = counted++;
    if (counted === starts.length) starts = grow(starts);
    starts[index] = logged;
    if (index > 0 && ids[index - 1]! > record.id) inIdOrder = false;
    ids[index] = record.id;
    for (const tag of record.notes.tags) count(tagId(tag) * 3 + TAG, index);
    const n = lexicon.scan(record.notes.complaint);
    const { words, terms } = lexicon;
    let previous = -1;
    for (let w = 0; w < n; w++) {
      const word = words[w]!;
      const id = word >> 1;
      const term = terms[id]!;
      if (term < 0) {
        previous = -1;
        continue;
      }
      count(term * 3 + TERM, index);
      if (previous >= 0 && word & 1) {
        let pair = pairIndex.get(previous, id);
        if (pair < 0) pair = newPair(previous, id);
        pairCounts[pair]!++;
        count(pairPhrase[pair]! * 3 + PHRASE, index);
      }
      previous = id;
    }
  }

  /**
   * The records counted in id order: `order[p]` is the record (its number in the order records came) whose
   * id is the p-th, `sorted[p]`. The ids are sorted once, by the engine's own text order (much faster than
   * a comparison function), and not at all when the records came in id order, as the database lists them.
   */
  function idOrder(): { order: Int32Array; sorted: string[] } {
    ids.length = counted;
    starts[counted] = logged;
    const order = new Int32Array(counted);
    if (inIdOrder) {
      for (let k = 0; k < counted; k++) order[k] = k;
      return { order, sorted: ids };
    }
    const sorted = [...ids].sort();
    // Two records may share an id (exports of two agents): each takes one of its places, from the last down.
    const place = new Map<string, number>();
    for (let p = 0; p < sorted.length; p++) place.set(sorted[p]!, p);
    for (let k = 0; k < counted; k++) {
      const p = place.get(ids[k]!)!;
      place.set(ids[k]!, p - 1);
      order[p] = k;
    }
    return { order, sorted };
  }

  /**
   * Fills in the record ids of the chosen themes, walking the records in id order so that every list comes
   * out sorted. Each list's length is known (its conversations): made at it and filled, nothing grows.
   */
  function collect(chosen: Candidate[]): void {
    const { order, sorted } = idOrder();
    const lists = chosen.map((c) => (c.recordIds = new Array<string>(c.conversations)));
    const filled = new Int32Array(chosen.length);
    const slot = new Int32Array(last.length).fill(-1);
    chosen.forEach((c, k) => (slot[c.ref] = k));
    for (let p = 0; p < counted; p++) {
      const k = order[p]!;
      const id = sorted[p]!;
      for (let i = starts[k]!; i < starts[k + 1]!; i++) {
        const s = slot[log[i]!]!;
        if (s >= 0) lists[s]![filled[s]!++] = id;
      }
    }
  }

  /** The most common themes, most conversations first (then by label, then tag, term, phrase). */
  function result(): Theme[] {
    const written = (form: number) => lexicon.written[form]!;
    const pairText = (pair: number) => `${written(pairFirst[pair]!)} ${written(pairSecond[pair]!)}`;
    const labels: Record<(typeof REF_KINDS)[number], (id: number) => string> = {
      term: (term) => written(mostFrequent(lexicon.termForms[term]!, lexicon.counts, written)),
      phrase: (phrase) => pairText(mostFrequent(phrases[phrase]!, pairCounts, pairText)),
      tag: (tag) => tags[tag]!,
    };
    const candidates: Candidate[] = [];
    const refs = Math.max(lexicon.termForms.length, phrases.length, tags.length) * 3;
    for (let ref = 0; ref < refs; ref++) {
      if (conversations[ref]! < MIN_CONVERSATIONS) continue;
      const kind = REF_KINDS[ref % 3]!;
      const label = labels[kind](Math.floor(ref / 3));
      candidates.push({ kind, label, conversations: conversations[ref]!, ref, recordIds: [] });
    }
    const chosen = candidates
      .sort(
        (a, b) =>
          b.conversations - a.conversations || compareText(a.label, b.label) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
      )
      .slice(0, MAX_THEMES);
    collect(chosen);
    return chosen.map(({ kind, label, conversations: n, recordIds }) => ({
      kind,
      label,
      conversations: n,
      recordIds,
    }));
  }

  return { add, result };
}
