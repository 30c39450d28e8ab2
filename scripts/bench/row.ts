/**
 * One line of `npm run bench`. Every figure is shown beside a baseline measured in the same run (or a
 * fixed budget for sizes), so a slow, shared machine moves both sides together.
 */
export interface BenchRow {
  /** What was measured, e.g. "readConversation, 1,000 messages". */
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'MB' | 'ops/s' | 'x';
  /** What the ratio is taken against, e.g. "bare querySelectorAll walk" or "budget 15 KB". */
  baseline: string;
  baselineValue: number;
  /** value / baselineValue (or the reverse where higher is better: say so in `target`). */
  ratio: number;
  /** The target in words, e.g. "ratio ≤ 2". */
  target: string;
  pass: boolean;
}

export type BenchSuite = () => Promise<BenchRow[]>;
