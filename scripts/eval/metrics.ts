import type { GuidanceStep } from '../../lib/framework/steps.ts';
import { STEPS } from '../../lib/framework/steps.ts';
import type { SignalKind } from '../../lib/framework/guidance.ts';

export const STEP_ORDER: readonly GuidanceStep[] = [
  'listen',
  'empathize',
  'clarify',
  'solve',
  'act',
  'document',
  'boundary',
];
export const SIGNAL_ORDER: readonly SignalKind[] = [
  'angry',
  'abusive',
  'demanding',
  'indecisive',
  'churn-risk',
  'public-complaint',
];

export interface Outcome {
  gold: GuidanceStep;
  predicted: GuidanceStep;
  goldSignals: ReadonlySet<SignalKind>;
  predictedSignals: ReadonlySet<SignalKind>;
}

export interface SignalScore {
  kind: SignalKind;
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Scores {
  points: number;
  exact: number;
  withinOne: number;
  /** confusion[gold][predicted] */
  confusion: Record<GuidanceStep, Record<GuidanceStep, number>>;
  signals: SignalScore[];
}

/** Steps 1..6 are within one of each other when adjacent; boundary only matches itself. */
export function withinOne(a: GuidanceStep, b: GuidanceStep): boolean {
  const x = STEPS[a].number;
  const y = STEPS[b].number;
  if (x === null || y === null) return a === b;
  return Math.abs(x - y) <= 1;
}

const ratio = (num: number, den: number) => (den === 0 ? null : num / den);

export function score(outcomes: readonly Outcome[]): Scores {
  const confusion = Object.fromEntries(
    STEP_ORDER.map((g) => [g, Object.fromEntries(STEP_ORDER.map((p) => [p, 0]))]),
  ) as Scores['confusion'];
  let exact = 0;
  let near = 0;
  for (const o of outcomes) {
    confusion[o.gold][o.predicted]++;
    if (o.gold === o.predicted) exact++;
    if (withinOne(o.gold, o.predicted)) near++;
  }
  const signals = SIGNAL_ORDER.map((kind): SignalScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const o of outcomes) {
      const g = o.goldSignals.has(kind);
      const p = o.predictedSignals.has(kind);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 =
      precision !== null && recall !== null && precision + recall > 0
        ? (2 * precision * recall) / (precision + recall)
        : null;
    return { kind, truePositive: tp, falsePositive: fp, falseNegative: fn, precision, recall, f1 };
  });
  return {
    points: outcomes.length,
    exact: ratio(exact, outcomes.length) ?? 0,
    withinOne: ratio(near, outcomes.length) ?? 0,
    confusion,
    signals,
  };
}
