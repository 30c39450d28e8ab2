import { createHash } from 'node:crypto';

export interface Artefact {
  name: string;
  size: number;
  sha256: string;
}

export function artefactOf(name: string, data: Buffer): Artefact {
  return { name, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

/** `SHA256SUMS` in the format `sha256sum -c` and `shasum -a 256 -c` check: hash, two spaces, file name. */
export function sha256Sums(artefacts: readonly Artefact[]): string {
  return [...artefacts]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map(({ name, sha256 }) => `${sha256}  ${name}\n`)
    .join('');
}
