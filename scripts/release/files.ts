import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir`, as POSIX paths relative to it, sorted by code unit. Archives list their entries in
 * this order, so the directory order a file system happens to return never reaches the bytes.
 */
export function listFiles(dir: string): string[] {
  const walk = (relative: string): string[] =>
    readdirSync(join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return walk(path);
      if (entry.isFile()) return [path];
      throw new Error(`${join(dir, path)} is neither a file nor a folder; archives hold plain files only.`);
    });
  return walk('').sort();
}
