import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseDate } from './changelog';
import { artefactOf, type Artefact, sha256Sums } from './checksums';
import { packCrx } from './crx';
import { sourceEntries } from './sources';
import { updateXml } from './update-xml';
import { writeZip, zipDirectory } from './zip';

/** The self-hosted CRX: the signing key's path and the https folder where the CRX and update.xml are served. */
export interface CrxSigning {
  keyPath: string;
  baseUrl: string;
}

export interface ReleaseOptions {
  /** The project root (package.json, CHANGELOG.md, .output/). */
  root: string;
  /** Emptied, then filled with the artefacts. */
  outDir: string;
  /** Build both browsers first; without it, the builds already in .output/ are zipped (they must be this version). */
  build: boolean;
  /** Without it the CRX and update.xml are skipped (CI has no key). */
  crx: CrxSigning | null;
}

export interface Release {
  version: string;
  date: string;
  /** Every file written, SHA256SUMS last. */
  artefacts: Artefact[];
  /** The self-hosted extension's id and its update.xml address, when a CRX was packed. */
  selfHosted: { id: string; updateUrl: string } | null;
}

export const SUMS_FILE = 'SHA256SUMS';
export const UPDATE_FILE = 'update.xml';
export const BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' } as const;
export const artefactName = (version: string, kind: 'chrome' | 'firefox' | 'sources') =>
  `steadyhand-${version}-${kind}.zip`;
export const crxName = (version: string) => `steadyhand-${version}.crx`;

/**
 * Runs a build script of the project at `root`. NODE_ENV is left out: Vite honours it, and a NODE_ENV of `test`
 * (vitest sets it) or `development` bundles different code than the stores get.
 */
export function npmRun(root: string, script: string, stdio: 'inherit' | 'pipe' = 'inherit'): void {
  const { NODE_ENV: _ignored, ...env } = process.env;
  const run = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio, env, encoding: 'utf8' });
  if (run.status !== 0) {
    const output = stdio === 'pipe' ? `\n${run.stdout}${run.stderr}` : '';
    throw new Error(`npm run ${script} failed (exit ${run.status}) in ${root}; nothing was released.${output}`);
  }
}

/** A build's folder, checked to hold a manifest of the version being released. */
function builtFolder(root: string, build: string, version: string): string {
  const dir = join(root, build);
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No build at ${build}. Run npm run release without --no-build.`);
  const built = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
  if (built !== version) {
    throw new Error(`${build} was built as version ${built}, not ${version}. Run npm run release without --no-build.`);
  }
  return dir;
}

/** The folder URL the CRX and update.xml are served from, ending in `/`. */
function servedFrom(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  } catch {
    throw new Error(`STEADYHAND_CRX_BASE_URL is not a URL: ${baseUrl}`);
  }
  if (url.protocol !== 'https:') throw new Error(`STEADYHAND_CRX_BASE_URL must be https: ${baseUrl}`);
  return url;
}

/** Checks the changelog, builds, and writes the store zips, the source archive, the CRX and the checksums. */
export function release({ root, outDir, build, crx }: ReleaseOptions): Release {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const date = releaseDate(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
  const base = crx && servedFrom(crx.baseUrl);
  if (build) {
    npmRun(root, 'build');
    npmRun(root, 'build:firefox');
  }
  const chrome = builtFolder(root, BUILDS.chrome, version);
  const firefox = builtFolder(root, BUILDS.firefox, version);

  // Everything is made in memory first: a failure (a bad key, Chromium missing) leaves the last release as it was.
  const files = new Map<string, Buffer>();
  files.set(artefactName(version, 'chrome'), zipDirectory(chrome, date));
  files.set(artefactName(version, 'firefox'), zipDirectory(firefox, date));
  files.set(artefactName(version, 'sources'), writeZip(sourceEntries(root, { version, node: process.version }), date));

  let selfHosted: Release['selfHosted'] = null;
  if (crx && base) {
    const packed = packCrx(chrome, crx.keyPath);
    if (packed.version !== version) throw new Error(`The packed CRX says version ${packed.version}, not ${version}.`);
    selfHosted = { id: packed.id, updateUrl: new URL(UPDATE_FILE, base).href };
    files.set(crxName(version), packed.crx);
    const codebase = new URL(crxName(version), base).href;
    files.set(UPDATE_FILE, Buffer.from(updateXml({ appId: packed.id, version, codebase })));
  }
  const artefacts = [...files].map(([name, data]) => artefactOf(name, data));
  const sums = Buffer.from(sha256Sums(artefacts));
  files.set(SUMS_FILE, sums);
  artefacts.push(artefactOf(SUMS_FILE, sums));

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, data] of files) writeFileSync(join(outDir, name), data);
  return { version, date, artefacts, selfHosted };
}
