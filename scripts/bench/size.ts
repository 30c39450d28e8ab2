// Bundle sizes of the shipped build, gzipped as a store would serve them. The content script is held to a
// fixed budget; the side panel is compared with a bare React page built in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { BenchRow, BenchSuite } from './row';

const OUT = resolve('.output/chrome-mv3');
const CONTENT_BUDGET_KB = 15;

const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * A page's own files plus every chunk they import statically, each counted once: what loads before the
 * page's first render. Chunks behind `import("…")` load when the page first needs them, so are not counted.
 */
function closure(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) {
      const spec = match[1]!;
      queue.push(spec.startsWith('/') ? join(root, spec) : resolve(dirname(file), spec));
    }
  }
  return [...seen];
}

function pageAssets(root: string, html: string): string[] {
  const source = readFileSync(join(root, html), 'utf8');
  const refs = [...source.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => join(root, m[1]!));
  return closure(root, refs);
}

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
    return pageAssets(join(dir, 'dist'), 'index.html').reduce((sum, file) => sum + gzipped(file), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = async () => {
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore', shell: process.platform === 'win32' });
  if (built.status !== 0) throw new Error('`wxt build` failed; run `npm run build` to see why.');

  const panel = pageAssets(OUT, 'sidepanel.html').reduce((sum, file) => sum + gzipped(file), 0);
  const react = await bareReactPage();

  // Each helpdesk has its own content script (its reader only); each is held to the budget.
  const contentRows = ['zendesk', 'intercom'].map((helpdesk): BenchRow => {
    const size = kb(gzipped(join(OUT, `content-scripts/${helpdesk}.js`)));
    return {
      name: `content script (${helpdesk}), gzipped`,
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
  ];
  return rows;
};

export default suite;
