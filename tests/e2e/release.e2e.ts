// Issue 16: what `npm run release` writes, from the builds `npm run test:e2e` made: exactly the expected
// artefacts, the same bytes twice, a Firefox zip that passes web-ext lint and that the source archive rebuilds
// byte for byte, a CRX packed by Chromium with an update.xml naming it, and store texts that justify every
// permission of the built manifests.
import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/lib/chromium';
import { parseCrx } from '../../scripts/release/crx';
import { listFiles } from '../../scripts/release/files';
import {
  artefactName,
  BUILDS,
  crxName,
  npmRun,
  release,
  type Release,
  SUMS_FILE,
  UPDATE_FILE,
} from '../../scripts/release/pipeline';
import { BUILDING_FILE } from '../../scripts/release/sources';
import { zipDirectory } from '../../scripts/release/zip';
import { readZip } from '../../scripts/release/zip-reader';

const ROOT = resolve('.');
const temps: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `steadyhand-${name}-`));
  temps.push(dir);
  return dir;
};

/** Writes a zip's files under a new temporary folder, as a store's reviewer unpacks it. */
function unzip(archive: Buffer, name: string): string {
  const dir = temp(name);
  for (const file of readZip(archive)) {
    mkdirSync(dirname(join(dir, file.name)), { recursive: true });
    writeFileSync(join(dir, file.name), file.data);
  }
  return dir;
}

let first: Release;
let out: string;
const artefact = (name: string) => readFileSync(join(out, name));

beforeAll(() => {
  out = temp('release');
  first = release({ root: ROOT, outDir: out, build: false, crx: null });
});
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run release (without a signing key, as in CI)', () => {
  it('writes the two store zips, the source archive and SHA256SUMS, nothing else', () => {
    const { version } = first;
    expect(readdirSync(out).sort()).toEqual(
      [
        artefactName(version, 'chrome'),
        artefactName(version, 'firefox'),
        artefactName(version, 'sources'),
        SUMS_FILE,
      ].sort(),
    );
    const sums = readFileSync(join(out, SUMS_FILE), 'utf8');
    for (const name of readdirSync(out).filter((n) => n !== SUMS_FILE)) {
      expect(sums).toContain(`${createHash('sha256').update(artefact(name)).digest('hex')}  ${name}\n`);
    }
  });

  it('writes the same bytes from the same builds', () => {
    const again = temp('release-again');
    const second = release({ root: ROOT, outDir: again, build: false, crx: null });
    expect(second.artefacts).toEqual(first.artefacts);
    for (const name of readdirSync(out)) expect(readFileSync(join(again, name)).equals(artefact(name))).toBe(true);
  });

  it.each(['chrome', 'firefox'] as const)(
    'zips the %s build whole: its files only, one date, the same permissions',
    (browser) => {
      const files = readZip(artefact(artefactName(first.version, browser)));
      expect(files.map((file) => file.name)).toEqual(listFiles(BUILDS[browser]));
      for (const file of files) {
        expect(file.data.equals(readFileSync(join(BUILDS[browser], file.name)))).toBe(true);
        expect([file.mode, file.date]).toEqual([0o100644, first.date]);
      }
    },
  );

  it('puts the sources and BUILDING.md in the source archive, and no tests, demo or corpus', () => {
    const names = readZip(artefact(artefactName(first.version, 'sources'))).map((file) => file.name);
    expect(names).toEqual(
      expect.arrayContaining([BUILDING_FILE, 'package-lock.json', 'wxt.config.ts', 'CHANGELOG.md']),
    );
    for (const dir of ['entrypoints', 'lib', 'locales', 'public'])
      expect(names).toEqual(expect.arrayContaining(listFiles(dir).map((name) => `${dir}/${name}`)));
    expect(names.filter((name) => /^(tests|demo|data|docs|node_modules|\.output|store)\//.test(name))).toEqual([]);
  });

  it('rebuilds the Firefox zip byte for byte from the source archive, as BUILDING.md says', () => {
    const sources = unzip(artefact(artefactName(first.version, 'sources')), 'sources');
    expect(readFileSync(join(sources, BUILDING_FILE), 'utf8')).toContain('npm ci');
    // `npm ci` would fetch the lockfile's packages again: the checkout's copies are the same ones.
    symlinkSync(join(ROOT, 'node_modules'), join(sources, 'node_modules'), 'dir');
    npmRun(sources, 'build:firefox', 'pipe');
    const rebuilt = zipDirectory(join(sources, BUILDS.firefox), first.date);
    const shipped = artefact(artefactName(first.version, 'firefox'));
    if (!rebuilt.equals(shipped)) {
      // Name the files that differ: the zips' bytes alone say nothing about why.
      const files = (zip: Buffer) => new Map(readZip(zip).map((file) => [file.name, file.data.toString('base64')]));
      const [theirs, ours] = [files(rebuilt), files(shipped)];
      const names = [...new Set([...theirs.keys(), ...ours.keys()])];
      expect(names.filter((name) => theirs.get(name) !== ours.get(name))).toEqual([]);
    }
    expect(rebuilt.equals(shipped)).toBe(true);
  }, 180_000);

  it('passes web-ext lint with no error or notice, and no warning from our code', () => {
    const unpacked = unzip(artefact(artefactName(first.version, 'firefox')), 'firefox');
    const lint = spawnSync(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', unpacked, '--output', 'json', '--no-config-discovery'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(lint.stdout) as {
      errors: unknown[];
      notices: unknown[];
      warnings: Array<{ code: string; file: string; line: number; column: number }>;
    };
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    // The only warnings are React DOM's own `dangerouslySetInnerHTML` support inside the bundled react-dom; our
    // sources never use it (tests/unit/conventions.test.ts), so that code never runs with our data.
    for (const warning of report.warnings) {
      const code = readFileSync(join(unpacked, warning.file), 'utf8');
      const line = code.split('\n')[warning.line - 1] ?? '';
      expect(warning.code).toBe('UNSAFE_VAR_ASSIGNMENT');
      expect(line.slice(Math.max(0, warning.column - 300), warning.column + 100)).toMatch(/__html[\s\S]*innerHTML=/);
      expect(code).toContain('react-dom');
    }
  }, 60_000);
});

describe('npm run release with a signing key (self-hosted install)', () => {
  it('packs a CRX with Chromium and writes an update.xml that names its id, version and address', async () => {
    const keys = temp('key');
    const keyPath = join(keys, 'steadyhand.pem');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const signed = temp('release-signed');
    const result = release({
      root: ROOT,
      outDir: signed,
      build: false,
      crx: { keyPath, baseUrl: 'https://intranet.example.com/steadyhand' },
    });
    const { version } = result;
    expect(readdirSync(signed)).toContain(crxName(version));
    expect(readFileSync(join(signed, SUMS_FILE), 'utf8').split('\n').filter(Boolean)).toHaveLength(5);

    // Chromium's id for the extension is the SHA-256 of the public key, its first 16 bytes written with a–p.
    const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
    const id = [...createHash('sha256').update(spki).digest('hex').slice(0, 32)]
      .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
      .join('');
    const crx = parseCrx(readFileSync(join(signed, crxName(version))));
    expect(crx.id).toBe(id);
    expect(crx.publicKeys[0]?.equals(spki)).toBe(true);
    const packed = readZip(crx.zip).find((file) => file.name === 'manifest.json');
    expect(JSON.parse(packed!.data.toString()).version).toBe(version);
    expect(result.selfHosted).toEqual({ id, updateUrl: 'https://intranet.example.com/steadyhand/update.xml' });

    // Valid XML, read by the browser's own parser.
    const browser = await chromium.launch({ executablePath: findChromium(), headless: true });
    try {
      const page = await browser.newPage();
      const parsed = await page.evaluate(
        (xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          const check = doc.getElementsByTagName('updatecheck')[0];
          return {
            error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
            root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
            appid: doc.getElementsByTagName('app')[0]?.getAttribute('appid'),
            version: check?.getAttribute('version'),
            codebase: check?.getAttribute('codebase'),
          };
        },
        readFileSync(join(signed, UPDATE_FILE), 'utf8'),
      );
      expect(parsed).toEqual({
        error: null,
        root: 'http://www.google.com/update2/response gupdate',
        appid: id,
        version,
        codebase: `https://intranet.example.com/steadyhand/${crxName(version)}`,
      });
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('store listings (store/)', () => {
  interface Manifest {
    permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    storage?: { managed_schema?: string };
    browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } };
  }
  const STORES = { chrome: 'chrome-web-store', firefox: 'firefox-add-ons' } as const;

  it.each(['chrome', 'firefox'] as const)(
    'justify every permission the %s manifest asks for, in English and Spanish',
    (browser) => {
      const manifest = JSON.parse(readFileSync(join(BUILDS[browser], 'manifest.json'), 'utf8')) as Manifest;
      const asked = [
        ...(manifest.permissions ?? []),
        ...(manifest.host_permissions ?? []),
        ...(manifest.optional_host_permissions ?? []),
        ...(manifest.storage?.managed_schema ? ['storage.managed_schema'] : []),
        ...(manifest.browser_specific_settings?.gecko?.data_collection_permissions
          ? ['data_collection_permissions']
          : []),
      ];
      expect(asked.length).toBeGreaterThan(5);
      for (const lang of ['en', 'es']) {
        const listing = readFileSync(`store/${STORES[browser]}/${lang}.md`, 'utf8');
        expect(asked.filter((permission) => !listing.includes(`\`${permission}\``))).toEqual([]);
      }
    },
  );
});
