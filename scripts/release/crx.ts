import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../lib/chromium';
import { readZip } from './zip-reader';

export interface PackedCrx {
  crx: Buffer;
  /** The extension id Chromium gives it, from the CRX's signed header. */
  id: string;
  /** The manifest version inside the CRX. */
  version: string;
}

/** Reads one protobuf message's length-delimited fields (the only kind the CRX header uses that we need). */
function protobufFields(message: Buffer): Map<number, Buffer[]> {
  const fields = new Map<number, Buffer[]>();
  let at = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = message[at++];
      if (byte === undefined) throw new Error('Truncated CRX header.');
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < message.length) {
    const key = varint();
    const wireType = key % 8;
    if (wireType === 0) varint();
    else if (wireType === 2) {
      const length = varint();
      const field = Math.floor(key / 8);
      fields.set(field, [...(fields.get(field) ?? []), message.subarray(at, at + length)]);
      at += length;
    } else throw new Error(`Unexpected protobuf wire type ${wireType} in the CRX header.`);
  }
  return fields;
}

/**
 * The parts of a CRX3 file: its signed header (CrxFileHeader in Chromium's crx3.proto, whose field 10000 is
 * the SignedData holding the 16-byte crx_id) and the zip after it.
 */
export function parseCrx(crx: Buffer): { id: string; publicKeys: Buffer[]; zip: Buffer } {
  if (crx.toString('latin1', 0, 4) !== 'Cr24' || crx.readUInt32LE(4) !== 3) throw new Error('Not a CRX3 file.');
  const headerEnd = 12 + crx.readUInt32LE(8);
  const header = protobufFields(crx.subarray(12, headerEnd));
  const signed = header.get(10000)?.[0];
  const rawId = signed && protobufFields(signed).get(1)?.[0];
  if (rawId?.length !== 16) throw new Error('The CRX header carries no extension id.');
  // An extension id is the 16 bytes in hexadecimal, written with the letters a–p instead of 0–9a–f.
  const id = [...rawId.toString('hex')].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
  const publicKeys = (header.get(2) ?? []).map((proof) => protobufFields(proof).get(1)?.[0] ?? Buffer.alloc(0));
  return { id, publicKeys, zip: crx.subarray(headerEnd) };
}

/**
 * Packs `extensionDir` into a CRX with Chromium's own `--pack-extension`, signed with the private key at
 * `keyPath` (which never enters the repository: the release is given its path). Chromium writes the CRX beside
 * the folder, so it packs a copy in a temporary folder.
 */
export function packCrx(extensionDir: string, keyPath: string, chromium = findChromium()): PackedCrx {
  if (!existsSync(keyPath)) throw new Error(`The CRX signing key ${keyPath} does not exist.`);
  const work = mkdtempSync(join(tmpdir(), 'steadyhand-crx-'));
  try {
    const copy = join(work, 'steadyhand');
    cpSync(extensionDir, copy, { recursive: true });
    // Packing loads no web page: the sandbox has nothing to guard, and it refuses to start as root (CI).
    const run = spawnSync(
      chromium,
      ['--headless', '--no-sandbox', `--pack-extension=${copy}`, `--pack-extension-key=${keyPath}`],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const output = `${copy}.crx`;
    if (!existsSync(output)) {
      throw new Error(`Chromium did not pack the extension (exit ${run.status}):\n${run.stderr || run.stdout}`);
    }
    const crx = readFileSync(output);
    const { id, zip } = parseCrx(crx);
    const manifest = readZip(zip).find((file) => file.name === 'manifest.json');
    if (!manifest) throw new Error('The packed CRX has no manifest.json.');
    const { version } = JSON.parse(manifest.data.toString('utf8')) as { version: string };
    return { crx, id, version };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
