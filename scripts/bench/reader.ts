// Reading cost of lib/helpdesk, measured in linkedom (already installed, through wxt). Not happy-dom: it
// caches querySelectorAll results between calls, which makes a repeated baseline nearly free, and it is
// several times slower to build pages. Pages hold messages shaped like real ones (emails with paragraphs,
// links, lists, quotes and signatures between chat bubbles and notes:
// tests/unit/helpdesk/realistic-pages.ts), in three shapes: Zendesk, Intercom's light DOM, and Intercom
// 2026 inside an open shadow root. Every figure is a median, beside a baseline from the same run: the full
// read against a bare querySelectorAll + textContent walk of the same page (entering the shadow root where
// the page has one), and one appended message on a 1,000-message conversation against the same on a
// 100-message one; each figure is the middle of three processes. Targets: a 1,000-message read ≤ 2× the
// walk, an append on 1,000 ≤ 1.5× its cost on 100; the 100-message reads are reported (fixed costs dominate
// there).
import { spawnSync } from 'node:child_process';
import type { Measure, Shape } from './reader-measure';
import { median, middleBy } from './median';
import type { BenchRow, BenchSuite } from './row';

/**
 * Each figure comes from a process of its own, as each helpdesk's content script only ever reads its
 * own pages: a shape read in the same process after another runs on code the engine optimised for both,
 * which no tab ever does. Within the process, the read and its baseline alternate.
 */
function run(what: Measure, shape: Shape, n: number): number[] {
  const child = spawnSync('npx', ['tsx', 'scripts/bench/reader-measure.ts', what, shape, String(n)], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (child.status !== 0) throw new Error(`reader bench (${what} ${shape} ${n}) failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as number[];
}

/**
 * Processes per figure. One process's medians still move with what else the machine does at the time
 * (a 1,000-part read has passed and missed its target on the same code), so the figure is the middle one.
 */
const PROCESSES = 3;

function readRow(name: string, shape: Shape, n: number): BenchRow {
  const runs = Array.from({ length: PROCESSES }, () => run('read', shape, n) as [number, number]);
  const [value, baselineValue] = middleBy(runs, ([v, base]) => v / base);
  const ratio = value / baselineValue;
  const targeted = n >= 1000;
  return {
    name,
    value,
    unit: 'ms',
    baseline: 'bare querySelectorAll + textContent, same page (linkedom)',
    baselineValue,
    ratio,
    target: targeted ? 'ratio ≤ 2' : 'report',
    pass: !targeted || ratio <= 2,
  };
}

function appendRow(name: string, small: number, large: number): BenchRow {
  return {
    name,
    value: large,
    unit: 'ms',
    baseline: 'same, 100 messages (linkedom)',
    baselineValue: small,
    ratio: large / small,
    target: 'ratio ≤ 1.5',
    pass: large / small <= 1.5,
  };
}

const suite: BenchSuite = async () => {
  const rows: BenchRow[] = [];
  for (const n of [100, 1000]) {
    const count = n.toLocaleString('en');
    rows.push(readRow(`readConversation, Zendesk, ${count} messages`, 'zendesk', n));
    rows.push(readRow(`readConversation, Intercom, ${count} parts`, 'intercom', n));
    rows.push(readRow(`readConversation, Intercom 2026 shadow root, ${count} parts`, 'intercom2026', n));
  }
  const append = (shape: Shape, n: number) =>
    median(Array.from({ length: PROCESSES }, () => run('append', shape, n)[0]!));
  rows.push(
    appendRow('one appended message, 1,000-message Zendesk ticket', append('zendesk', 100), append('zendesk', 1000)),
    appendRow(
      'one appended part, 1,000-part Intercom 2026 conversation (shadow root)',
      append('intercom2026', 100),
      append('intercom2026', 1000),
    ),
  );
  return rows;
};

export default suite;
