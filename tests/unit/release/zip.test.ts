import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { writeZip, zipDirectory } from '../../../scripts/release/zip';
import { readZip } from '../../../scripts/release/zip-reader';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder holding `files`, written in the order given. */
function folder(files: Array<[string, string]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'steadyhand-zip-'));
  temps.push(dir);
  for (const [name, text] of files) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const FILES: Array<[string, string]> = [
  ['manifest.json', '{"version":"0.1.0"}'],
  ['chunks/b.js', 'console.log("b");'.repeat(50)],
  ['chunks/a.js', 'a'],
  ['_locales/es/messages.json', '{"nombre":"Señal"}'],
];

describe('zipDirectory', () => {
  it('holds every file of the folder, sorted, with one date and the same permissions', () => {
    const files = readZip(zipDirectory(folder(FILES), '2026-12-03'));
    expect(files.map((file) => file.name)).toEqual([
      '_locales/es/messages.json',
      'chunks/a.js',
      'chunks/b.js',
      'manifest.json',
    ]);
    expect(files.find((file) => file.name === '_locales/es/messages.json')?.data.toString()).toBe('{"nombre":"Señal"}');
    for (const file of files) {
      expect(file.date).toBe('2026-12-03');
      expect(file.mode).toBe(0o100644);
    }
  });

  it('writes the same bytes whatever order the files were created in, and whenever', () => {
    const first = zipDirectory(folder(FILES), '2026-12-03');
    const second = zipDirectory(folder([...FILES].reverse()), '2026-12-03');
    expect(second.equals(first)).toBe(true);
    expect(zipDirectory(folder(FILES), '2026-12-04').equals(first)).toBe(false);
  });
});

describe('writeZip', () => {
  it('stores what deflate cannot shrink, and reads back every byte', () => {
    const noise = randomBytes(4096);
    const [file] = readZip(writeZip([{ name: 'icon.png', data: noise }], '1980-01-01'));
    expect(file?.data.equals(noise)).toBe(true);
  });

  it('refuses a date a zip cannot hold', () => {
    expect(() => writeZip([], '1979-12-31')).toThrow(
      'Archive date 1979-12-31 must be a YYYY-MM-DD date between 1980 and 2107.',
    );
    expect(() => writeZip([], 'tomorrow')).toThrow(/Archive date tomorrow/);
  });

  it('is found damaged when a byte changes', () => {
    const archive = writeZip([{ name: 'a.txt', data: Buffer.from('hello') }], '2026-12-03');
    // The first byte of the stored data, after the 30-byte local header and the name.
    const at = 30 + 'a.txt'.length;
    archive.writeUInt8(archive.readUInt8(at) ^ 0xff, at);
    expect(() => readZip(archive)).toThrow('a.txt: CRC mismatch; the archive is damaged.');
  });
});
