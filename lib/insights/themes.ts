import { PairIndex } from './pair-index';
import { compareText } from './phrases';
import { type Form, grow, Lexicon, mostFrequent } from './tokens';
import type { InsightRecord, Theme } from './types';

/** A theme must recur: one conversation is an anecdote. */
export const MIN_CONVERSATIONS = 2;
/** The list is for reading, not a dump of every recurring word. */
export const MAX_THEMES = 50;

const KIND_ORDER: Record<Theme['kind'], number> = { tag: 0, term: 1, phrase: 2 };

/** Two adjacent forms as written, and how often; `phrase` is the id of the stem pair they count for. */
interface PairForm {
  phrase: number;
  first: Form;
  second: Form;
  count: number;
}

interface Candidate {
  kind: Theme['kind'];
  label: string;
  conversations: number;
  /** Terms and phrases: their ref in the record log (see `log`); -1 for tags. */
  ref: number;
  /** Tags: the indexes of their records (terms and phrases find theirs in the log). */
  indexes: number[];
  recordIds: string[];
}

/**
 * Conversations per theme: tags (exactly as written: the tag filter matches them so, and a tag is a label
 * the team chose), and terms and two-word phrases of the complaint notes, folded (tokens.ts, stems.ts).
 */
export function themeCounter(expectedRecords = 0) {
  const lexicon = new Lexicon();
  /** Per tag: the indexes of its records. */
  const tags = new Map<string, number[]>();
  /**
   * Terms are even refs (term × 2), phrases odd (phrase × 2 + 1). Per ref: conversations, and the index
   * of the last record counted, so that a conversation counts once.
   */
  let conversations = new Int32Array(1024);
  let last = new Int32Array(1024).fill(-1);
  /** The refs each record counted, after its index as -(index + 1): record ids are only wanted for the
   * few themes shown, so they are collected from here at the end rather than kept for every word. */
  // Sized for the records to come (a complaint logs a marker and twenty-odd refs): growing a log of
  // millions copies it whole, and each copy is memory the collector must then be pressed to reclaim.
  let log = new Int32Array(Math.max(1 << 16, expectedRecords * 32));
  let logged = 0;
  /**
   * The indexes and ids of the records counted, in the order they came, and whether that is id order. Taken
   * while each record is at hand: reading 100,000 ids again at the end, from records spread over the heap,
   * costs more than all of the rest of collecting.
   */
  let counted = new Int32Array(Math.max(1024, expectedRecords));
  const ids: string[] = [];
  let inIdOrder = true;
  const phrases: PairForm[][] = [];
  /** Every pair form met, and its place in `pairs` by its two form ids. */
  const pairs: PairForm[] = [];
  const pairIndex = new PairIndex();
  /** Per first term id: phrase ids by second term id. */
  const phraseIds: Map<number, number>[] = [];

  function pairForm(first: number, second: number): PairForm {
    const known = pairIndex.get(first, second);
    if (known >= 0) return pairs[known]!;
    const [a, b] = [lexicon.forms[first]!, lexicon.forms[second]!];
    const byTerm = (phraseIds[a.term] ??= new Map());
    let phrase = byTerm.get(b.term);
    if (phrase === undefined) {
      phrase = phrases.length;
      byTerm.set(b.term, phrase);
      phrases.push([]);
    }
    const pair: PairForm = { phrase, first: a, second: b, count: 0 };
    pairIndex.add(first, second, pairs.length);
    pairs.push(pair);
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

  function add(record: InsightRecord, index: number): void {
    const written = record.notes.tags;
    for (let k = 0; k < written.length; k++) {
      const tag = written[k]!;
      if (written.indexOf(tag) !== k) continue; // written twice: one conversation still
      const indexes = tags.get(tag);
      if (indexes) indexes.push(index);
      else tags.set(tag, [index]);
    }
    const n = lexicon.scan(record.notes.complaint);
    if (logged === log.length) log = grow(log);
    log[logged++] = -(index + 1);
    if (ids.length === counted.length) counted = grow(counted);
    counted[ids.length] = index;
    if (ids.length > 0 && ids[ids.length - 1]! > record.id) inIdOrder = false;
    ids.push(record.id);
    let previous = -1;
    for (let w = 0; w < n; w++) {
      const word = lexicon.words[w]!;
      const id = word >> 1;
      const form = lexicon.forms[id]!;
      if (form.term < 0) {
        previous = -1;
        continue;
      }
      form.count++;
      count(form.term * 2, index);
      if (previous >= 0 && word & 1) {
        const pair = pairForm(previous, id);
        pair.count++;
        count(pair.phrase * 2 + 1, index);
      }
      previous = id;
    }
  }

  /**
   * Places of the records counted, in id order, by record index, and the ids in that order. Sorting each
   * theme's list of ids as text would compare the same long ids over and over: the ids are sorted once (by
   * the engine's own text order, much faster than a comparison function; not at all when the records came
   * in id order, as the database lists them), and each list sorts as numbers, by those places.
   */
  function places(recordCount: number): { rank: Int32Array; sorted: string[] } {
    const rank = new Int32Array(recordCount);
    for (let k = 0; k < ids.length; k++) rank[counted[k]!] = k;
    if (inIdOrder) return { rank, sorted: ids };
    const sorted = [...ids].sort();
    // Two records may share an id (exports of two agents): either place gives the same id back.
    const place = new Map<string, number>();
    for (let k = 0; k < sorted.length; k++) place.set(sorted[k]!, k);
    for (let k = 0; k < ids.length; k++) rank[counted[k]!] = place.get(ids[k]!)!;
    return { rank, sorted };
  }

  /** Fills in the sorted record ids of the chosen themes from the log. */
  function collect(chosen: Candidate[], recordCount: number): void {
    const { rank, sorted } = places(recordCount);
    // Each list's length is known (its conversations): filled in place, nothing grows.
    const lists = chosen.map((c) => (c.kind === 'tag' ? ranksOf(c.indexes, rank) : new Int32Array(c.conversations)));
    const filled = new Int32Array(chosen.length);
    const slot = new Int32Array(last.length).fill(-1);
    chosen.forEach((c, k) => {
      if (c.kind !== 'tag') slot[c.ref] = k;
    });
    let current = 0;
    for (let i = 0; i < logged; i++) {
      const ref = log[i]!;
      if (ref < 0) current = rank[-ref - 1]!;
      else if (slot[ref]! >= 0) lists[slot[ref]!]![filled[slot[ref]!]!++] = current;
    }
    chosen.forEach((c, k) => {
      const places = ascending(lists[k]!);
      // Made at its length and filled: three times faster than growing it by push.
      const recordIds = new Array<string>(places.length);
      for (let j = 0; j < places.length; j++) recordIds[j] = sorted[places[j]!]!;
      c.recordIds = recordIds;
    });
  }

  /** The most common themes, most conversations first (then by label, then tag, term, phrase). */
  function result(records: readonly InsightRecord[]): Theme[] {
    const candidates: Candidate[] = [];
    const recurs = (ref: number) => conversations[ref]! >= MIN_CONVERSATIONS;
    for (const [label, indexes] of tags) {
      if (indexes.length >= MIN_CONVERSATIONS)
        candidates.push({ kind: 'tag', label, conversations: indexes.length, ref: -1, indexes, recordIds: [] });
    }
    lexicon.termForms.forEach((forms, term) => {
      if (!recurs(term * 2)) return;
      const label = mostFrequent(forms, (form) => form.written).written;
      candidates.push({
        kind: 'term',
        label,
        conversations: conversations[term * 2]!,
        ref: term * 2,
        indexes: [],
        recordIds: [],
      });
    });
    const text = (pair: PairForm) => `${pair.first.written} ${pair.second.written}`;
    phrases.forEach((forms, phrase) => {
      const ref = phrase * 2 + 1;
      if (!recurs(ref)) return;
      const label = text(mostFrequent(forms, text));
      candidates.push({ kind: 'phrase', label, conversations: conversations[ref]!, ref, indexes: [], recordIds: [] });
    });
    const chosen = candidates
      .sort(
        (a, b) =>
          b.conversations - a.conversations || compareText(a.label, b.label) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
      )
      .slice(0, MAX_THEMES);
    collect(chosen, records.length);
    return chosen.map(({ kind, label, conversations: n, recordIds }) => ({
      kind,
      label,
      conversations: n,
      recordIds,
    }));
  }

  return { add, result };
}

/**
 * The list in ascending order. The log is read in record order, so with records in id order (as the
 * database lists them) every list already is: checking costs one look per place, sorting many.
 */
function ascending(list: Int32Array): Int32Array {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return list.sort();
  return list;
}

/** The places of some records, by their indexes (a plain loop: `Int32Array.from` with a map is slow). */
function ranksOf(indexes: readonly number[], rank: Int32Array): Int32Array {
  const ranks = new Int32Array(indexes.length);
  for (let k = 0; k < indexes.length; k++) ranks[k] = rank[indexes[k]!]!;
  return ranks;
}
