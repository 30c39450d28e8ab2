import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipFile {
  name: string;
  data: Buffer;
  /** Unix permission bits, when the archive was made on Unix (else 0). */
  mode: number;
  /** The DOS date field, as YYYY-MM-DD. */
  date: string;
}

const END_SIGNATURE = 0x06054b50;

/**
 * The files of a zip archive, in the order of its central directory, each checked against its CRC. Enough
 * to check what a release wrote and what Chromium packed; not a general reader (no ZIP64, no encryption).
 */
export function readZip(archive: Buffer): ZipFile[] {
  let end = archive.length - 22;
  while (end >= 0 && archive.readUInt32LE(end) !== END_SIGNATURE) end--;
  if (end < 0) throw new Error('Not a zip archive: no end of central directory.');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files: ZipFile[] = [];
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`Broken central directory at byte ${at}.`);
    const method = archive.readUInt16LE(at + 10);
    const dosDate = archive.readUInt16LE(at + 14);
    const crc = archive.readUInt32LE(at + 16);
    const compressed = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const madeOnUnix = archive.readUInt16LE(at + 4) >> 8 === 3;
    const mode = madeOnUnix ? archive.readUInt32LE(at + 38) >>> 16 : 0;
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const body = archive.subarray(start, start + compressed);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method} is not supported.`);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch; the archive is damaged.`);
    const day = String(dosDate & 0x1f).padStart(2, '0');
    const month = String((dosDate >> 5) & 0x0f).padStart(2, '0');
    files.push({ name, data, mode, date: `${(dosDate >> 9) + 1980}-${month}-${day}` });
  }
  return files;
}
