// Redaction in linear time: each adversarial shape redacted at 1 MB beside ten times the cost at 100 KB
// (what a linear scan takes), in the same run. The e-mail pattern this replaced was quadratic on text
// without spaces: 24 s for one 50,000-character field on the notes page's main thread.
import { redactor } from '../../lib/notes/redact.ts';
import type { BenchRow, BenchSuite } from './row.ts';
import { median } from './median.ts';

const SHAPES: Array<[string, string]> = [
  ['letters, no "@"', 'a'],
  ['"@" and dots', 'a.b@'],
  ['encoded "@"', 'a@b%40c.'],
  ['digits and separators', '1 234-'],
  ['name words', 'josé muñoz de la '],
  ['mixed', 'a@1.b-2 (3)+4%40c.de89\u00a0٣,€'],
];

const redact = redactor({ emails: true, phones: true, cards: true, names: true }, ['José Muñoz']);

function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Median of `runs` timings of one redaction of `text`, in ms. */
function cost(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    redact(text);
    times.push(performance.now() - start);
  }
  return median(times);
}

const suite: BenchSuite = async () => {
  const rows: BenchRow[] = [];
  for (const [name, unit] of SHAPES) {
    const small = fill(unit, 100_000);
    const large = fill(unit, 1_000_000);
    // Warm-up at both sizes: the first large run also pays for what the suites before this one left to collect.
    cost(small, 3);
    cost(large, 2);
    const base = cost(small, 7) * 10;
    const value = cost(large, 5);
    const ratio = value / base;
    rows.push({
      name: `redact 1 MB: ${name}`,
      value,
      unit: 'ms',
      baseline: '10 × redact 100 KB',
      baselineValue: base,
      ratio: Math.round(ratio * 100) / 100,
      target: 'ratio ≤ 2 (linear; quadratic is 10)',
      pass: ratio <= 2,
    });
  }
  return rows;
};

export default suite;
