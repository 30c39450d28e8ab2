// Meta-tests: conventions that reviews would otherwise have to remember.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'scripts', 'demo/src', 'tests'];

function files(dir: string, pattern: RegExp): string[] {
  const abs = join(ROOT, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return files(relative(ROOT, path), pattern);
    return pattern.test(name) ? [relative(ROOT, path)] : [];
  });
}

const sources = SOURCE_DIRS.flatMap((dir) => files(dir, /\.(ts|tsx)$/));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const importsOf = (file: string) => [...read(file).matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

/** Modules a file loads at run time (type-only imports and re-exports are erased by the compiler). */
function runtimeImports(file: string): string[] {
  const statements = read(file).matchAll(
    /^(?:import|export)\s+(?!type\s)([^;]*?)\s+from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gms,
  );
  // `import { type A, type B } from 'x'` is erased as a whole, like `import type`.
  const onlyTypes = (clause: string) =>
    /^\{[^}]*\}$/.test(clause.trim()) &&
    clause
      .slice(1, -1)
      .split(',')
      .every((part) => /^\s*(type\s|$)/.test(part));
  return [...statements].filter((m) => !(m[1] && onlyTypes(m[1]))).map((m) => m[2] ?? m[3]!);
}

function resolveModule(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? join(ROOT, from, '..', spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return relative(ROOT, candidate);
    } catch {
      // try the next candidate
    }
  }
  throw new Error(`${from}: cannot resolve ${spec}`);
}

/** Every file and package a bundle starting at `entry` pulls in (packages with the file that imports them). */
function reachedFrom(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      const local = resolveModule(file, spec);
      if (local) queue.push(local);
      else if (!packages.has(spec)) packages.set(spec, file);
    }
  }
  return { files: seen, packages };
}

const CONTENT_ENTRIES = ['entrypoints/zendesk.content.ts', 'entrypoints/intercom.content.ts'];

describe('conventions', () => {
  it('keeps files small (about 300 lines at most)', () => {
    // Word lists are data, one entry a line: splitting them would only scatter a locale.
    const data = /^lib\/framework\/cues\/[a-z]{2}\.ts$/;
    const long = sources.filter((file) => !data.test(file) && read(file).split('\n').length > 320);
    expect(long).toEqual([]);
  });

  it('lists every content script here', () => {
    const content = files('entrypoints', /\.tsx?$/).filter((file) => file.includes('.content'));
    expect(content.sort()).toEqual([...CONTENT_ENTRIES, 'entrypoints/composer-bridge.content.ts'].sort());
  });

  it.each(CONTENT_ENTRIES)('keeps %s tiny: no UI, engine, packs or database reached from it', (entry) => {
    const forbidden =
      /^(components|entrypoints\/(?!.*\.content\.ts$)|lib\/(framework|packs|notes|conversation\/variables))/;
    expect([...reachedFrom(entry).files].filter((file) => forbidden.test(file))).toEqual([]);
  });

  it('gives each helpdesk’s content script its own reader only', () => {
    expect([...reachedFrom(CONTENT_ENTRIES[0]!).files].filter((f) => f.startsWith('lib/helpdesk/intercom/'))).toEqual(
      [],
    );
    expect([...reachedFrom(CONTENT_ENTRIES[1]!).files].filter((f) => f.startsWith('lib/helpdesk/zendesk/'))).toEqual(
      [],
    );
  });

  it.each([...CONTENT_ENTRIES, 'entrypoints/composer-bridge.content.ts'])(
    'loads no package but WXT from %s (zod alone would break the 15 KB budget)',
    (entry) => {
      const packages = [...reachedFrom(entry).packages].filter(([name]) => !name.startsWith('wxt/'));
      expect(packages).toEqual([]);
    },
  );

  it('keeps lib/ free of the UI and of entrypoints', () => {
    const offending = files('lib', /\.(ts|tsx)$/).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^@\/(entrypoints|components)|^react/.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('uses one zod flavour, zod/mini, everywhere (a bundle with both carries zod twice for nothing)', () => {
    const offending = sources.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^zod(\/|$)/.test(spec) && spec !== 'zod/mini')
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('turns a caught value into text one way: errorText (lib/error-text.ts)', () => {
    const copies = sources.filter(
      (file) => file !== 'lib/error-text.ts' && /instanceof Error \? \(?\w+\.message/.test(read(file)),
    );
    expect(copies).toEqual([]);
  });

  it('shortens text for showing one way: clipText (lib/clip.ts)', () => {
    // A slice followed by an ellipsis: the hand-made cut that stops mid-word and can split an emoji.
    const copies = sources.filter(
      (file) =>
        file !== 'lib/clip.ts' &&
        !file.startsWith('tests/') &&
        /\.slice\(0, [^)]+\)(\.trimEnd\(\))?\}…/.test(read(file)),
    );
    expect(copies).toEqual([]);
  });

  it('notes the source of every HTML fixture', () => {
    const fixtures = files('tests/fixtures', /\.html$/);
    const unsourced = fixtures.filter((file) => !/^\s*<!--[\s\S]*?(helpdesk-dom\.md|source)/i.test(read(file)));
    expect(unsourced).toEqual([]);
  });
});

/** Which lib module a path is in (`lib/packs/store.ts` → `packs`); files at lib's root are shared helpers. */
const libModule = (file: string) => /^lib\/([^/]+)\//.exec(file)?.[1] ?? null;

/**
 * The layers of lib, each with the modules it may import (types included). `conversation` is the model
 * everything builds on and imports nothing; nothing imports upwards, so no cycle can form.
 */
const LAYERS: Record<string, string[]> = {
  conversation: [],
  framework: ['conversation'],
  helpdesk: ['conversation'],
  messaging: ['conversation', 'framework', 'helpdesk'],
  'page-reporter': ['conversation', 'helpdesk', 'messaging'],
  notes: ['conversation', 'framework', 'helpdesk'],
  packs: ['conversation', 'framework', 'notes'],
  followups: ['conversation', 'helpdesk', 'notes'],
  insights: ['conversation', 'framework', 'notes'],
  rollup: ['conversation', 'framework', 'helpdesk', 'notes', 'insights'],
};

/** Every local file a file imports (types included), resolved to a path from the root. */
const localImports = (file: string) =>
  importsOf(file).flatMap((spec) => {
    const target = resolveModule(file, spec);
    return target ? [target] : [];
  });

/** The entrypoint a file belongs to: its folder under entrypoints/, or the entry file itself. */
const entrypointOf = (file: string) => /^entrypoints\/([^/]+?)(?:\/|\.tsx?$)/.exec(file)?.[1] ?? null;

// Sinks that turn text into markup or code. Steadyhand writes text only (textContent, React children,
// ProseMirror's own model); tests/e2e/built-code.e2e.ts checks the built bundles for the same.
const HTML_SINKS =
  /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function\(|createElement\(\s*['"]script|srcdoc|createContextualFragment|new DOMParser/;

describe('architecture', () => {
  it('lists every lib module in the layers', () => {
    const modules = new Set(files('lib', /\.tsx?$/).flatMap((file) => libModule(file) ?? []));
    expect([...modules].sort()).toEqual(Object.keys(LAYERS).sort());
  });

  it('keeps each lib module to the layers below it (conversation imports no other lib module)', () => {
    const offending = files('lib', /\.tsx?$/).flatMap((file) => {
      const own = libModule(file);
      if (!own)
        return localImports(file)
          .filter((target) => target !== file)
          .map((t) => `${file} → ${t}`);
      return localImports(file)
        .filter((target) => {
          const other = libModule(target);
          return other !== null && other !== own && !LAYERS[own]!.includes(other);
        })
        .map((target) => `${file} → ${target}`);
    });
    expect(offending).toEqual([]);
  });

  it('keeps each entrypoint to its own files: what pages share lives in components/ or lib/', () => {
    const offending = files('entrypoints', /\.tsx?$/).flatMap((file) =>
      localImports(file)
        .filter((target) => target.startsWith('entrypoints/') && entrypointOf(target) !== entrypointOf(file))
        .map((target) => `${file} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps components/ to what several pages share: it imports no entrypoint', () => {
    const offending = files('components', /\.tsx?$/).flatMap((file) =>
      localImports(file)
        .filter((target) => target.startsWith('entrypoints/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('writes no HTML and runs no code from text in anything it ships', () => {
    const shipped = ['lib', 'entrypoints', 'components'].flatMap((dir) => files(dir, /\.tsx?$/));
    expect(shipped.filter((file) => HTML_SINKS.test(read(file)))).toEqual([]);
  });
});
