// Classic zod and zod/mini are two builds of the same library: a bundle that loads both carries zod twice
// for nothing. Everything the extension ships uses zod/mini.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SHIPPED = ['lib', 'entrypoints', 'components'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('zod', () => {
  it('is imported as zod/mini only, in every module the extension ships', () => {
    const offending = SHIPPED.flatMap((dir) => sources(join(ROOT, dir))).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from\s+['"](zod(?:\/[^'"]*)?)['"]/g)]
        .map((match) => match[1]!)
        .filter((spec) => spec !== 'zod/mini')
        .map((spec) => `${relative(ROOT, file)}: ${spec}`),
    );
    expect(offending).toEqual([]);
  });
});
