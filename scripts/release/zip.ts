import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { listFiles } from './files';

export interface ZipEntry {
  /** POSIX path inside the archive. */
  name: string;
  data: Buffer;
}

// What makes an archive the same bytes from the same files: entries sorted by name, one fixed time on every
// entry (the release date, written in the archive's local-time DOS format, so no time zone enters), the same
// permissions on every file (0644, regular), no directory entries, no extra fields or comments, and deflate
// at level 9 from the zlib bundled with Node.js.
const FILE_MODE = 0o100644;
const MADE_BY_UNIX = (3 << 8) | 20;
const VERSION_NEEDED = 20;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;
// The classic format's limits; Steadyhand's archives are a few megabytes, so ZIP64 is never needed.
const MAX_ENTRIES = 0xffff;
const MAX_SIZE = 0xffffffff;

/** A calendar date (YYYY-MM-DD) as the DOS date and time fields, at midnight. */
function dosDateTime(date: string): { date: number; time: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (year === undefined || month === undefined || day === undefined || year < 1980 || year > 2107) {
    throw new Error(`Archive date ${date} must be a YYYY-MM-DD date between 1980 and 2107.`);
  }
  return { date: ((year - 1980) << 9) | (month << 5) | day, time: 0 };
}

interface EntryFields {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  nameLength: number;
}

/**
 * The fields a local header and its central-directory record share, in the same order (version needed to
 * extract … file name length): from offset 4 of a local header, 6 of a central one.
 */
function writeEntryFields(header: Buffer, at: number, fields: EntryFields, stamp: { date: number; time: number }) {
  header.writeUInt16LE(VERSION_NEEDED, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(fields.method, at + 4);
  header.writeUInt16LE(stamp.time, at + 6);
  header.writeUInt16LE(stamp.date, at + 8);
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.compressed, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.nameLength, at + 22);
}

/** A zip archive of `entries`, in the order given, every entry stamped `date` (YYYY-MM-DD). */
export function writeZip(entries: readonly ZipEntry[], date: string): Buffer {
  if (entries.length > MAX_ENTRIES) throw new Error(`${entries.length} files are more than a zip can list.`);
  const stamp = dosDateTime(date);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    if (data.length > MAX_SIZE) throw new Error(`${name} is too large for a zip without ZIP64.`);
    const deflated = deflateRawSync(data, { level: 9 });
    // Already-compressed files (PNG) can grow when deflated: those are stored as they are.
    const method = deflated.length < data.length ? DEFLATED : STORED;
    const body = method === DEFLATED ? deflated : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const fields: EntryFields = {
      method,
      crc: crc32(data),
      compressed: body.length,
      size: data.length,
      nameLength: nameBytes.length,
    };

    // The extra field's length (local), and the extra field, comment, disk number and internal attributes
    // (central) stay 0.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields, stamp);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    writeEntryFields(central, 6, fields, stamp);
    central.writeUInt32LE((FILE_MODE << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);

    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  if (offset + directory.length > MAX_SIZE) throw new Error('The archive is too large for a zip without ZIP64.');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A zip of every file under `dir`, named by its path inside it: what a store gets for an extension folder. */
export function zipDirectory(dir: string, date: string): Buffer {
  return writeZip(
    listFiles(dir).map((name) => ({ name, data: readFileSync(join(dir, name)) })),
    date,
  );
}
