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

describe('conventions', () => {
  it('keeps files small (about 300 lines at most)', () => {
    const long = sources.filter((file) => read(file).split('\n').length > 320);
    expect(long).toEqual([]);
  });

  it('keeps the content script tiny: no React, UI, engine, packs or database in it', () => {
    const content = files('entrypoints', /\.ts$/).filter((file) => file.includes('.content'));
    expect(content.length).toBeGreaterThan(0);
    const forbidden = /^(react|react-dom|zustand|dexie|zod)$|^@\/(components|lib\/framework|lib\/packs|lib\/notes)/;
    const offending = content.flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${file}: ${spec}`));
    expect(offending).toEqual([]);
  });

  it('keeps lib/ free of the UI and of entrypoints', () => {
    const offending = files('lib', /\.(ts|tsx)$/).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /^@\/(entrypoints|components)|^react/.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('ships classic zod nowhere the content script can reach (zod/mini only in boundary models)', () => {
    const boundary = ['lib/conversation', 'lib/messaging', 'lib/helpdesk'].flatMap((dir) => files(dir, /\.ts$/));
    const offending = boundary.filter((file) => importsOf(file).includes('zod'));
    expect(offending).toEqual([]);
  });

  it('notes the source of every HTML fixture', () => {
    const fixtures = files('tests/fixtures', /\.html$/);
    const unsourced = fixtures.filter((file) => !/^\s*<!--[\s\S]*?(helpdesk-dom\.md|source)/i.test(read(file)));
    expect(unsourced).toEqual([]);
  });
});
