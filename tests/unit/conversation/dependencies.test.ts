// lib/conversation is the model every other part of lib builds on (helpdesk readers, the engine, packs,
// notes): it depends on none of them, so no cycle can run through it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const DIR = join(ROOT, 'lib/conversation');

/** Where each import of a file points, as a path from the repository root (packages as they are written). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm),
  ].map((match) => {
    const spec = (match[1] ?? match[2])!;
    if (spec.startsWith('@/')) return spec.slice(2);
    if (spec.startsWith('.')) return relative(ROOT, resolve(dirname(file), spec));
    return spec;
  });
}

describe('lib/conversation', () => {
  it('imports no other module of lib, not even its types', () => {
    const outside = readdirSync(DIR)
      .filter((name) => /\.tsx?$/.test(name))
      .flatMap((name) =>
        importsOf(join(DIR, name))
          .filter((target) => target.startsWith('lib/') && !target.startsWith('lib/conversation/'))
          .map((target) => `lib/conversation/${name} → ${target}`),
      );
    expect(outside).toEqual([]);
  });
});
