import { STEPS } from '../../lib/framework/steps.ts';
import { SIGNAL_ORDER, STEP_ORDER, type Scores } from './metrics.ts';

const pct = (x: number | null) => (x === null ? '  n/a' : `${(x * 100).toFixed(1)}%`.padStart(6));
const short = (step: keyof typeof STEPS) =>
  STEPS[step].number === null ? 'bnd' : `${STEPS[step].number}.${step.slice(0, 4)}`;

export function formatScores(title: string, scores: Scores): string {
  const lines: string[] = [];
  lines.push(`${title}: ${scores.points} labelled points`);
  lines.push(`  exact step        ${pct(scores.exact)}`);
  lines.push(`  within one step   ${pct(scores.withinOne)}   (1..6 adjacency; boundary must match exactly)`);
  lines.push('');
  lines.push('  confusion matrix (rows: label, columns: engine)');
  lines.push('  ' + ''.padEnd(8) + STEP_ORDER.map((s) => short(s).padStart(8)).join('') + '   total');
  for (const gold of STEP_ORDER) {
    const row = STEP_ORDER.map((p) => String(scores.confusion[gold][p]).padStart(8)).join('');
    const total = STEP_ORDER.reduce((n, p) => n + scores.confusion[gold][p], 0);
    lines.push('  ' + short(gold).padEnd(8) + row + String(total).padStart(8));
  }
  lines.push('');
  lines.push('  signal              labelled  engine   TP   FP   FN  precision  recall      F1');
  for (const kind of SIGNAL_ORDER) {
    const s = scores.signals.find((x) => x.kind === kind)!;
    const labelled = s.truePositive + s.falseNegative;
    const flagged = s.truePositive + s.falsePositive;
    lines.push(
      `  ${kind.padEnd(18)}${String(labelled).padStart(8)}${String(flagged).padStart(8)}` +
        `${String(s.truePositive).padStart(5)}${String(s.falsePositive).padStart(5)}${String(s.falseNegative).padStart(5)}` +
        `     ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`,
    );
  }
  return lines.join('\n');
}
