// What ships is all the code that ever runs: no remote scripts, no code made from strings, no address it
// could load code from, nothing the Firefox add-on linter objects to. Reads the shipped builds, which
// `npm run test:e2e` makes first.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Why an HTML page could run something that is not one of the build's own files. */
function pageProblems(build: string, file: string): string[] {
  const html = readFileSync(file, 'utf8');
  const problems: string[] = [];
  for (const [tag, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc="([^"]+)"/.exec(attributes!)?.[1];
    if (!src) problems.push(`inline script: ${tag.slice(0, 80)}`);
    else if (body!.trim()) problems.push(`script with a body: ${src}`);
  }
  for (const [, url] of html.matchAll(/\b(?:src|href)="([^"]+)"/gi)) {
    const local = url!.startsWith('/') ? join(build, url!) : join(dirname(file), url!);
    if (/^[a-z][\w+.-]*:|^\/\//i.test(url!) || !existsSync(local)) problems.push(`not a file of the build: ${url}`);
  }
  return problems;
}

// Absolute addresses the shipped code may contain, and why none of them is a source of code.
const INERT_URLS: Array<[RegExp, string]> = [
  [/^http:\/\/www\.w3\.org\//, 'XML namespaces (React DOM creating SVG and MathML elements)'],
  [/^https:\/\/(\*\.zendesk\.com|app(\.eu|\.au)?\.intercom\.com)(\/|\*|$)/, 'the helpdesks’ own pages and hosts'],
  [/^https:\/\/$/, 'the start of a helpdesk address built from its host name'],
  [/^https:\/\/attachment\.invalid\/$/, 'a base that never resolves, for reading attachment links'],
  [/^https:\/\/\*\/\*$/, 'the optional host permission asked for a pack address the user types'],
  [/^https:\/\/example\.com\//, 'a placeholder in the pack import field'],
  [/^https:\/\/react\.dev\/errors\/$/, 'React’s error messages'],
  [/^http:\/\/bit\.ly\/2kdckMn$/, 'Dexie’s error messages'],
  [/^https:\/\/tinyurl\.com\/y2uuvskb$/, 'Dexie’s error messages'],
  [/^https:\/\/(wxt\.dev|github\.com\/wxt-dev)\//, 'WXT’s error messages'],
];

/** Why a script could load or build code: dynamic code, imports of anything but the build's chunks, unknown URLs. */
function scriptProblems(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const problems: string[] = [];
  if (/(^|[^\w$])eval\s*\(/.test(code)) problems.push('eval(');
  if (/\bnew\s+Function\s*\(/.test(code)) problems.push('new Function(');
  if (/\bimportScripts\s*\(/.test(code)) problems.push('importScripts(');
  for (const [, target] of code.matchAll(/\bimport\s*\(\s*([^)]{0,80})\)/g)) {
    if (!/^["'`]\.{1,2}\/[\w.-]+\.js["'`]$/.test(target!.trim())) problems.push(`import(${target})`);
  }
  // Up to a quote, a space or a template's `${`: what a template adds is checked where it comes from.
  for (const [url] of code.matchAll(/\bhttps?:\/\/[^\s"'`)\\$]*/g)) {
    if (!INERT_URLS.some(([pattern]) => pattern.test(url))) problems.push(`address: ${url}`);
  }
  // The demo helpdesk lives only in the demo build.
  if (/127\.0\.0\.1[:/]/.test(code)) problems.push('the demo helpdesk’s address');
  return problems;
}

describe.each(BUILDS)('shipped code (%s)', (build) => {
  const files = walk(build);

  it('has pages that load only the build’s own files, no inline script', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.flatMap((page) => pageProblems(build, page).map((p) => `${relative(build, page)}: ${p}`))).toEqual([]);
  });

  it('has scripts that build no code from text and know no address to load code from', () => {
    const scripts = files.filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    expect(scripts.flatMap((file) => scriptProblems(file).map((p) => `${relative(build, file)}: ${p}`))).toEqual([]);
  });
});

describe('the checks above', () => {
  it('catch what they are for', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(process.env.TMPDIR ?? '/tmp', 'steadyhand-built-'));
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    expect(scriptProblems(write('a.js', 'const f = window.eval(x); import("https://cdn.example/x.js")'))).toEqual([
      'eval(',
      'import("https://cdn.example/x.js")',
      'address: https://cdn.example/x.js',
    ]);
    expect(scriptProblems(write('b.js', 'new Function("return 1"); importScripts(u); "http://127.0.0.1:*/x"'))).toEqual(
      ['new Function(', 'importScripts(', 'address: http://127.0.0.1:*/x', 'the demo helpdesk’s address'],
    );
    expect(scriptProblems(write('c.js', 'await import("./Phrases-C2AecWyL.js"); e.evaluate(x)'))).toEqual([]);
    const page = write(
      'p.html',
      '<script>alert(1)</script><script src="https://cdn.example/a.js"></script><script src="/c.js"></script>',
    );
    expect(pageProblems(dir, page)).toEqual([
      'inline script: <script>alert(1)</script>',
      'not a file of the build: https://cdn.example/a.js',
    ]);
  });
});

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

/**
 * The one warning we accept: React DOM's own `dangerouslySetInnerHTML` handler, which runs only for an
 * element given that prop. No Steadyhand source passes it (tests/unit/conventions.test.ts, "writes no HTML").
 */
function isReactHtmlProp(build: string, warning: LintMessage): boolean {
  if (warning.code !== 'UNSAFE_VAR_ASSIGNMENT' || !warning.file || !warning.line || !warning.column) return false;
  const line = readFileSync(join(build, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  // The flagged assignment, and React's handler for that prop around it (the column is 0-based).
  const around = line.slice(Math.max(0, warning.column - 240), warning.column + 20);
  return (
    line.slice(warning.column, warning.column + 20).includes('.innerHTML=') &&
    /case"dangerouslySetInnerHTML":[^}]*\.__html[\s\S]{0,120}\.innerHTML=/.test(around)
  );
}

describe('the Firefox build, as addons.mozilla.org checks it', () => {
  it('passes `web-ext lint` with no error, no notice, no warning but React’s unused HTML prop', async () => {
    const build = '.output/firefox-mv3';
    // The linter exits non-zero on errors; its JSON report on stdout is what we judge either way.
    const { stdout } = await promisify(execFile)(
      'npx',
      ['--no-install', 'web-ext', 'lint', '--source-dir', build, '--output', 'json', '--no-config-discovery'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as LintReport;
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(report.warnings.filter((warning) => !isReactHtmlProp(build, warning))).toEqual([]);
  }, 180_000);
});
