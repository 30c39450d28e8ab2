import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = 'data/corpus';

/** Every corpus file, in a stable order. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
}
