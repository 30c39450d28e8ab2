import { clauseAround } from '../clause';
import type { TextInfo } from '../text';
import type { RoleModel } from './act-model';
import { bucket, FEATURE_BITS, messageKeys, wordForm, wordKeys, type RangedKey } from './features';

/** What the detectors make of one message. */
export interface MessageScores {
  /** Log-odds per detector, in the model's order (the probability is its logistic). */
  readonly logits: Float32Array;
  probability(d: number): number;
  /** The words that carried detector `d` most: its highest-weighted n-gram present, as its clause. */
  quote(d: number): string;
}

export type Detect = (info: TextInfo, profane: boolean) => MessageScores;

interface WordRow {
  sums: Int32Array;
  features: number;
}

// Words repeat across messages; a cache of their summed rows makes scoring a message a few additions a word.
const WORD_CACHE_LIMIT = 20_000;

/** Scores messages with one side's detectors: sums of int8 weights over hashed features, then a logistic. */
export function createDetector(model: RoleModel): Detect {
  const width = model.detectors.length;
  const { weights } = model;
  const cache = new Map<string, WordRow>();
  const bias = Float64Array.from(model.detectors, (d) => d.bias);
  const scale = Float64Array.from(model.detectors, (d) => d.scale);

  const mask = (1 << FEATURE_BITS) - 1;
  const addRow = (sums: Int32Array, h: number) => {
    const base = (h & mask) * width;
    if (h & 0x80000000) for (let d = 0; d < width; d++) sums[d]! -= weights[base + d]!;
    else for (let d = 0; d < width; d++) sums[d]! += weights[base + d]!;
  };
  const rowOf = (h: number, d: number) => (h & 0x80000000 ? -1 : 1) * weights[(h & mask) * width + d]!;
  const wordRow = (form: string): WordRow => {
    let row = cache.get(form);
    if (!row) {
      if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
      const keys = wordKeys(form);
      const sums = new Int32Array(width);
      for (const key of keys) {
        const { index, sign } = bucket(key);
        addRow(sums, (index | (sign < 0 ? 0x80000000 : 0)) >>> 0);
      }
      cache.set(form, (row = { sums, features: keys.length }));
    }
    return row;
  };

  return (info, profane) => {
    const forms = info.tokens.map(wordForm);
    const sums = new Int32Array(width);
    let features = 0;
    const rows = forms.map((form) => {
      const row = wordRow(form);
      for (let d = 0; d < width; d++) sums[d]! += row.sums[d]!;
      features += row.features;
      return row;
    });
    const keyed: RangedKey[] = messageKeys(info, forms, profane);
    for (const { hash } of keyed) addRow(sums, hash >>> 0);
    features += keyed.length;
    // Features are binary and the vector is normalised to length 1, as in training.
    const norm = features > 0 ? 1 / Math.sqrt(features) : 0;
    const logits = new Float32Array(width);
    for (let d = 0; d < width; d++) logits[d] = bias[d]! + scale[d]! * sums[d]! * norm;
    return {
      logits,
      probability: (d) => 1 / (1 + Math.exp(-logits[d]!)),
      quote(d) {
        let best = 0;
        let first = -1;
        let last = -1;
        rows.forEach((row, i) => {
          if (row.sums[d]! > best) [best, first, last] = [row.sums[d]!, i, i];
        });
        for (const k of keyed) {
          if (k.first < 0) continue;
          const w = rowOf(k.hash >>> 0, d);
          if (w > best) [best, first, last] = [w, k.first, k.last];
        }
        // No word pulled towards the detector (flags did): quote the start of the message.
        if (first < 0) return info.tokens.length > 0 ? clauseAround(info, 0, 0) : info.text.trim().slice(0, 80);
        return clauseAround(info, first, last);
      },
    };
  };
}
