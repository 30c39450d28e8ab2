import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files';
import type { ZipEntry } from './zip';

/**
 * What the extension is built from, and what `npm run release` needs to rebuild it: the source archive holds
 * these and nothing else (no tests, demo, corpus or docs, which never reach the extension).
 */
export const SOURCE_PATHS = [
  'CHANGELOG.md',
  'assets',
  'components',
  'entrypoints',
  'global.d.ts',
  'lib',
  'locales',
  'package-lock.json',
  'package.json',
  'public',
  'scripts/lib',
  'scripts/release',
  'scripts/release.ts',
  'tsconfig.json',
  'web-ext.config.ts',
  'wxt.config.ts',
] as const;

/** The reviewer's instructions, at the archive's root. */
export const BUILDING_FILE = 'BUILDING.md';

export interface BuildFacts {
  version: string;
  /** The Node.js release the archives were made with (`process.version`). */
  node: string;
}

/** BUILDING.md: the exact steps that turn this archive into the store zips, byte for byte. */
export function buildingInstructions({ version, node }: BuildFacts): string {
  const zip = (browser: string) => `.output/release/steadyhand-${version}-${browser}.zip`;
  return `# Building Steadyhand ${version} from source

This archive is everything the extension is built from: the TypeScript and React sources, the locales,
the icons, the exact dependency versions (\`package-lock.json\`) and the release script. The extension's
code is bundled and minified by [WXT](https://wxt.dev) (Vite and Rollup); nothing is obfuscated and no
code is downloaded at run time. \`lib/framework/model/acts-model.json\` is data, not code: the weights of the
act detectors, trained deterministically from the team's labelled conversations (\`npm run train\` in the
repository; the conversations are not in this archive, and the extension never needs them).

## Requirements

- Node.js ${node} (the release that made these archives; any 20.x from 20.19 builds the same files) and
  the npm that comes with it. Linux, macOS or Windows.
- Network access to the npm registry for \`npm ci\`. No browser is needed.

## Steps

\`\`\`sh
npm ci              # the dependency versions in package-lock.json, exactly
npm run release     # builds for Chrome and Firefox, writes .output/release/
\`\`\`

Leave \`NODE_ENV\` unset (the release script drops it for the builds): Vite honours it, and \`test\` or
\`development\` bundle different code.

\`npm run release\` checks that CHANGELOG.md has an entry for ${version}, runs \`npm run build\` (Chrome,
\`.output/chrome-mv3/\`) and \`npm run build:firefox\` (Firefox, \`.output/firefox-mv3/\`), and zips each
folder. \`${zip('firefox')}\` is then the file uploaded to Firefox Add-ons, byte for byte, and
\`${zip('chrome')}\` the one uploaded to the Chrome Web Store; \`.output/release/SHA256SUMS\` lists their
SHA-256 checksums (\`cd .output/release && sha256sum -c SHA256SUMS\`).

To compare files rather than archives: \`npm run build:firefox\` alone, then \`.output/firefox-mv3/\` holds
exactly the files of the Firefox zip.

## Why the bytes are the same

The build is deterministic (same sources and lockfile, same output files). The zips list files sorted by
path, stamp every entry with the release date from CHANGELOG.md at 00:00, give every file the same
permissions (0644), carry no directory entries, extra fields or comments, and compress with deflate at
level 9 through the zlib that ships inside Node.js. A different Node.js release line could in principle
compress differently; the files inside would still be identical.
`;
}

/** The source archive's entries, sorted: every file under SOURCE_PATHS, and BUILDING.md. */
export function sourceEntries(root: string, facts: BuildFacts): ZipEntry[] {
  const names = SOURCE_PATHS.flatMap((path) => {
    const absolute = join(root, path);
    if (!existsSync(absolute)) throw new Error(`The source archive needs ${path}, and it is missing from ${root}.`);
    return statSync(absolute).isDirectory() ? listFiles(absolute).map((name) => `${path}/${name}`) : [path];
  });
  const entries = names.map((name) => ({ name, data: readFileSync(join(root, name)) }));
  entries.push({ name: BUILDING_FILE, data: Buffer.from(buildingInstructions(facts)) });
  return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
}
