import { FEATURE_BITS } from '../../lib/framework/model/features.ts';
import type { Example } from './examples.ts';
import { random, shuffled } from '../lib/random.ts';

export interface TrainOptions {
  epochs: number;
  /** AdaGrad's base step. */
  learningRate: number;
  /** L2 penalty on the weights a step touches. */
  l2: number;
  seed: number;
  /** The most a rare detector's positive examples are weighed up (1 = not at all). */
  maxUpweight: number;
}

export const DEFAULT_TRAINING: TrainOptions = {
  epochs: 14,
  learningRate: 0.4,
  l2: 1e-2,
  seed: 20261202,
  maxUpweight: 1,
};

/** Float weights, feature-major like the shipped model: feature f, detector d at f * width + d. */
export interface Trained {
  width: number;
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * One logistic regression per detector over shared hashed features (L2-normalised binary vectors),
 * trained by AdaGrad. Rare acts weigh their positives up (`maxUpweight`) so they are learned at all.
 */
export function train(examples: readonly Example[], width: number, options = DEFAULT_TRAINING): Trained {
  const size = (1 << FEATURE_BITS) * width;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  const bias = new Float64Array(width);
  const biasSquares = new Float64Array(width).fill(1e-8);
  const positives = new Float64Array(width);
  for (const e of examples) for (let d = 0; d < width; d++) positives[d]! += e.labels[d]!;
  const upweight = Float64Array.from(positives, (p) =>
    p === 0 ? 1 : Math.min(options.maxUpweight, Math.max(1, Math.sqrt((examples.length - p) / p))),
  );
  const next = random(options.seed);
  const z = new Float64Array(width);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const e of shuffled(examples, next)) {
      const value = e.indices.length > 0 ? 1 / Math.sqrt(e.indices.length) : 0;
      z.set(bias);
      for (let k = 0; k < e.indices.length; k++) {
        const base = e.indices[k]! * width;
        const v = e.signs[k]! * value;
        for (let d = 0; d < width; d++) z[d]! += weights[base + d]! * v;
      }
      for (let d = 0; d < width; d++) {
        const y = e.labels[d]!;
        const g = (1 / (1 + Math.exp(-z[d]!)) - y) * (y ? upweight[d]! : 1);
        z[d] = g;
        biasSquares[d]! += g * g;
        bias[d]! -= (options.learningRate * g) / Math.sqrt(biasSquares[d]!);
      }
      for (let k = 0; k < e.indices.length; k++) {
        const base = e.indices[k]! * width;
        const v = e.signs[k]! * value;
        for (let d = 0; d < width; d++) {
          const at = base + d;
          const g = z[d]! * v + options.l2 * weights[at]!;
          squares[at]! += g * g;
          weights[at]! -= (options.learningRate * g) / Math.sqrt(squares[at]!);
        }
      }
    }
  }
  return { width, weights, bias };
}
