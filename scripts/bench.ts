// npm run bench: every figure beside a baseline measured in the same run (or a fixed budget for sizes).
import type { BenchRow, BenchSuite } from './bench/row';
import draftCheck from './bench/draft-check';
import framework from './bench/framework';
import insights from './bench/insights';
import longTasks from './bench/long-tasks';
import notes from './bench/notes';
import panel from './bench/panel';
import reader from './bench/reader';
import redact from './bench/redact';
import size from './bench/size';
import { mkdirSync, writeFileSync } from 'node:fs';

// A build-time constant in the extension (false outside the demo build); the bench runs the sources directly.
Object.assign(globalThis, { __STEADYHAND_DEMO__: false });

const suites: Array<[string, BenchSuite]> = [
  ['bundle size', size],
  ['helpdesk reader', reader],
  ['framework engine', framework],
  ['draft check', draftCheck],
  ['side panel in Chromium', panel],
  ['content script in Chromium', longTasks],
  ['notes store', notes],
  ['notes redaction', redact],
  ['insights', insights],
  ['insights page in Chromium', (await import('./bench/insights-page')).default],
];

function format(row: BenchRow) {
  const digits = row.unit === 'ms' ? 3 : 2;
  return {
    measure: row.name,
    value: `${row.value.toFixed(digits)} ${row.unit}`,
    baseline: `${row.baselineValue.toFixed(digits)} ${row.unit === 'x' ? '' : row.unit} (${row.baseline})`.replace(
      '  ',
      ' ',
    ),
    ratio: row.ratio.toFixed(2),
    target: row.target,
    ok: row.pass ? 'yes' : 'NO',
  };
}

const rows: BenchRow[] = [];
for (const [name, suite] of suites) {
  process.stdout.write(`bench: ${name}…\n`);
  rows.push(...(await suite()));
}
console.table(rows.map(format));
// The same figures for tools and for comparing runs: one file per run, and `latest.json`.
const report = JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2);
mkdirSync('.output/bench', { recursive: true });
const file = `.output/bench/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, report);
writeFileSync('.output/bench/latest.json', report);
console.log(`figures written to ${file} and .output/bench/latest.json`);
const failed = rows.filter((row) => !row.pass);
if (failed.length) {
  console.error(`${failed.length} figure(s) miss their target: ${failed.map((row) => row.name).join('; ')}`);
  process.exitCode = 1;
}
