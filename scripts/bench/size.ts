// Bundle sizes of the shipped build, gzipped as a store would serve them: the content scripts and the side
// panel's first load against their budgets, the panel also beside a bare React page built in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import {
  CONTENT_BUDGET_KB,
  CONTENT_SCRIPTS,
  contentScript,
  firstLoad,
  kb,
  PANEL_FIRST_LOAD_BUDGET_KB,
} from '../lib/bundle-size';
import type { BenchRow, BenchSuite } from './row';

const OUT = resolve('.output/chrome-mv3');

async function bareReactPage(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'steadyhand-bench-react-'));
  try {
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'index.html'), '<div id="root"></div><script type="module" src="/src/main.js"></script>');
    writeFileSync(
      join(dir, 'src/main.js'),
      "import { createElement } from 'react'; import { createRoot } from 'react-dom/client';\n" +
        "createRoot(document.getElementById('root')).render(createElement('p', null, 'hello'));",
    );
    await build({
      root: dir,
      logLevel: 'silent',
      resolve: { alias: { react: resolve('node_modules/react'), 'react-dom': resolve('node_modules/react-dom') } },
    });
    return firstLoad(join(dir, 'dist'), 'index.html');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = async () => {
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore', shell: process.platform === 'win32' });
  if (built.status !== 0) throw new Error('`wxt build` failed; run `npm run build` to see why.');

  const panel = firstLoad(OUT, 'sidepanel.html');
  const react = await bareReactPage();

  // Each helpdesk has its own content script (its reader only); each is held to the budget.
  const contentRows = CONTENT_SCRIPTS.map((name): BenchRow => {
    const size = kb(contentScript(OUT, name));
    return {
      name: `content script (${name}), gzipped`,
      value: size,
      unit: 'KB',
      baseline: `budget ${CONTENT_BUDGET_KB} KB`,
      baselineValue: CONTENT_BUDGET_KB,
      ratio: size / CONTENT_BUDGET_KB,
      target: 'ratio < 1',
      pass: size < CONTENT_BUDGET_KB,
    };
  });

  const rows: BenchRow[] = [
    ...contentRows,
    {
      name: 'side panel first load, gzipped',
      value: kb(panel),
      unit: 'KB',
      baseline: 'bare React page (same build)',
      baselineValue: kb(react),
      ratio: panel / react,
      target: 'report',
      pass: true,
    },
    {
      name: 'side panel first load, gzipped',
      value: kb(panel),
      unit: 'KB',
      baseline: `budget ${PANEL_FIRST_LOAD_BUDGET_KB} KB`,
      baselineValue: PANEL_FIRST_LOAD_BUDGET_KB,
      ratio: kb(panel) / PANEL_FIRST_LOAD_BUDGET_KB,
      target: 'ratio ≤ 1',
      pass: kb(panel) <= PANEL_FIRST_LOAD_BUDGET_KB,
    },
  ];
  return rows;
};

export default suite;
