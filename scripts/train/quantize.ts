import type { Detector, RoleModel } from '../../lib/framework/model/act-model.ts';
import type { Example } from './examples.ts';
import type { Trained } from './logistic.ts';

/** int8 weights with one scale per detector: what ships. Thresholds start at 0.5 until tuned. */
export function quantize(trained: Trained, names: readonly string[]): RoleModel {
  const { width, weights: w } = trained;
  const max = new Float64Array(width);
  for (let i = 0; i < w.length; i++) max[i % width] = Math.max(max[i % width]!, Math.abs(w[i]!));
  const scales = Array.from(max, (m) => (m > 0 ? m / 127 : 1));
  const weights = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = Math.round(w[i]! / scales[i % width]!);
  const detectors: Detector[] = names.map((name, d) => ({
    name,
    bias: trained.bias[d]!,
    scale: scales[d]!,
    threshold: 0.5,
  }));
  return { detectors, weights };
}

/** Probabilities of a quantized model on one example: the detector's arithmetic, from the example's features. */
export function probabilities(model: RoleModel, e: Example): Float64Array {
  const width = model.detectors.length;
  const sums = new Int32Array(width);
  for (let k = 0; k < e.indices.length; k++) {
    const base = e.indices[k]! * width;
    for (let d = 0; d < width; d++) sums[d]! += e.signs[k]! * model.weights[base + d]!;
  }
  const norm = e.indices.length > 0 ? 1 / Math.sqrt(e.indices.length) : 0;
  return Float64Array.from(model.detectors, (det, d) => 1 / (1 + Math.exp(-(det.bias + det.scale * sums[d]! * norm))));
}

export interface DetectorScore {
  name: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
  threshold: number;
}

function f1At(scores: ReadonlyArray<{ p: number; y: number }>, threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { p, y } of scores) {
    if (p >= threshold) {
      if (y) tp++;
      else fp++;
    } else if (y) fn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support: tp + fn };
}

/**
 * For each detector, from predictions made without its examples: the threshold with the best F1 among
 * those precise enough (`minPrecision`); when none is, the most precise one. A detection fills in what the
 * cue words missed, so a false one costs more than a missed one.
 */
export function tuneThresholds(
  names: readonly string[],
  outOfFold: ReadonlyArray<{ p: Float64Array; labels: Uint8Array }>,
  minPrecision: number,
): DetectorScore[] {
  return names.map((name, d) => {
    const scores = outOfFold.map((o) => ({ p: o.p[d]!, y: o.labels[d]! }));
    const candidates: DetectorScore[] = [];
    for (let t = 0.1; t <= 0.9501; t += 0.025)
      candidates.push({ name, threshold: Math.round(t * 1000) / 1000, ...f1At(scores, t) });
    const precise = candidates.filter((c) => c.precision >= minPrecision && c.support > 0);
    const pool = precise.length > 0 ? precise : [candidates.reduce((a, b) => (b.precision > a.precision ? b : a))];
    return pool.reduce((a, b) => (b.f1 > a.f1 + 1e-9 ? b : a));
  });
}
