// Bundle sizes of a build, gzipped as a store would serve them, and the budgets the shipped build is held
// to: `npm test` fails past them (tests/e2e/size.e2e.ts), `npm run bench` reports them beside a baseline.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Each content script runs in every helpdesk tab: it stays tiny. */
export const CONTENT_BUDGET_KB = 15;
/** What the side panel loads before its first render; phrases and notes code loads when first shown. */
export const PANEL_FIRST_LOAD_BUDGET_KB = 100;
export const CONTENT_SCRIPTS = ['zendesk', 'intercom', 'composer-bridge'] as const;

export const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
export const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

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

/** The files an HTML page of the build loads before its first render. */
export function pageAssets(root: string, html: string): string[] {
  const source = readFileSync(join(root, html), 'utf8');
  const refs = [...source.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => join(root, m[1]!));
  return closure(root, refs);
}

/** The gzipped size of what `html` loads first, in bytes. */
export const firstLoad = (root: string, html: string) =>
  pageAssets(root, html).reduce((sum, file) => sum + gzipped(file), 0);

/** The gzipped size of a content script of the build, in bytes. */
export const contentScript = (root: string, name: (typeof CONTENT_SCRIPTS)[number]) =>
  gzipped(join(root, `content-scripts/${name}.js`));
