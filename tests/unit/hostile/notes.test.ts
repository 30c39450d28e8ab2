// Issue 11: an exported notes file may come from anyone (a colleague, a forum, an attacker), and every
// free-text field of a record holds what customers and agents typed. Every hostile text of the corpus, class
// by class, in every such field: imported and exported again exactly as written, or refused with errors that
// say where, the database then byte for byte as it was. "Open ticket" never opens a link from the file
// unless it is that ticket's own page.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { NotesDb } from '@/lib/notes/db';
import { exportNotes } from '@/lib/notes/export';
import { importNotes, parseExport } from '@/lib/notes/import';
import { recordId } from '@/lib/notes/key';
import { ticketLink } from '@/lib/notes/link';
import { EXPORT_FORMAT, EXPORT_VERSION, type InteractionRecord } from '@/lib/notes/model';
import { getRecord, saveNotes } from '@/lib/notes/records';
import { deepJson, HOSTILE_TEXTS, hugeTexts, pollutingJson, type HostileClass } from '../../support/hostile';
import { closeAll, freshDb, T0 } from '../notes/helpers';
import { tamperedAnywhere } from './checks';

const CLASSES = [...new Set(HOSTILE_TEXTS.map((entry) => entry.kind))] as HostileClass[];
const textsOf = (kind: HostileClass) => HOSTILE_TEXTS.filter((entry) => entry.kind === kind);
const AT = T0.toISOString();

/** A record of ticket `ticketId` at acme with `text` in every field that holds free text. */
function recordWith(ticketId: string, text: string, account: string | null = 'acme'): InteractionRecord {
  const ticket = { helpdesk: 'zendesk' as const, account, ticketId };
  return {
    id: recordId(ticket),
    ...ticket,
    url: null,
    subject: text,
    customerName: text,
    seenAt: AT,
    startedAt: AT,
    updatedAt: AT,
    status: 'open',
    steps: [{ step: 'listen', at: AT, messageId: text, evidence: text }],
    signals: [{ kind: 'angry', at: AT, messageId: text, evidence: text }],
    phrases: [{ packId: text, phraseId: text, step: 'listen', action: 'insert', at: AT }],
    notes: { complaint: text, solution: text, outcome: text, followUpDate: null, tags: [], text },
    editedAt: { status: null, complaint: AT, solution: AT, outcome: AT, followUpDate: null, tags: null, text: AT },
  };
}

const file = (records: unknown[]) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: AT, redacted: false, records });

/** The whole database as text: a refused import must leave it byte for byte the same. */
const snapshot = async (db: NotesDb) => JSON.stringify(await db.records.orderBy(':id').toArray());

async function exported(db: NotesDb): Promise<InteractionRecord[]> {
  const { blob } = await exportNotes(db, { format: 'json', selection: { kind: 'all' }, now: T0 });
  const parsed = parseExport(await blob.text(), T0);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.records;
}

let db: NotesDb;
let before: string;

beforeEach(async () => {
  db = freshDb();
  // Something to lose: the agent's own notes on another ticket.
  await saveNotes(db, 'zendesk:acme:1', { complaint: 'Refund late', tags: ['billing'] }, T0);
  before = await snapshot(db);
});
afterEach(async () => {
  expect(tamperedAnywhere()).toEqual([]);
  await closeAll();
});

async function refused(text: string, label: string): Promise<string[]> {
  const result = await importNotes(db, text, T0);
  if (result.ok) throw new Error(`${label}: imported`);
  expect(result.errors.length, label).toBeGreaterThan(0);
  expect(await snapshot(db), label).toBe(before);
  return result.errors;
}

describe('hostile text in every free-text field of a record', () => {
  test.each(CLASSES)('%s texts: imported, stored and exported again exactly as written', async (kind) => {
    const records = textsOf(kind).map(({ text }, i) => recordWith(String(100 + i), text));
    const result = await importNotes(db, file(records), T0);
    expect(result).toEqual({ ok: true, added: records.length, updated: 0, unchanged: 0, notices: [], changes: [] });
    for (const [i, record] of records.entries())
      expect(await getRecord(db, record.id), textsOf(kind)[i]!.id).toEqual(record);
    const again = await exported(db);
    for (const record of records) expect(again.find((r) => r.id === record.id)).toEqual(record);
    // And the same file once more changes nothing.
    expect(await importNotes(db, file(records), T0)).toMatchObject({ ok: true, added: 0, updated: 0 });
  });

  test.each(CLASSES)('%s texts as a tag: kept exactly, or every one refused where it is', async (kind) => {
    const texts = textsOf(kind);
    const records = texts.map(({ text }, i) => {
      const record = recordWith(String(100 + i), 'x');
      return { ...record, notes: { ...record.notes, tags: [text] } };
    });
    const bad = records.filter((record) => !parseExport(file([record]), T0).ok);
    for (const record of bad) {
      const [error, ...more] = await refused(file([record]), record.notes.tags[0]!);
      expect(more).toEqual([]);
      expect(error).toMatch(/^records\[0\]\.notes\.tags\[0\]: /);
    }
    // All the refused ones in one file: each listed, nothing stored.
    if (bad.length) expect(await refused(file(bad), 'all')).toHaveLength(bad.length);
    const good = records.filter((record) => !bad.includes(record));
    expect(await importNotes(db, file(good), T0)).toMatchObject({ ok: true, added: good.length });
    for (const record of good) expect(await getRecord(db, record.id)).toEqual(record);
  });
});

describe('hostile ids and links', () => {
  test.each(CLASSES)('%s texts as a ticket id: the record is keyed and read back by it', async (kind) => {
    const records = textsOf(kind).map(({ text }) => recordWith(text, 'x'));
    expect(await importNotes(db, file(records), T0)).toMatchObject({ ok: true, added: records.length });
    for (const record of records) expect(await getRecord(db, recordId(record))).toEqual(record);
  });

  test.each(CLASSES)('%s texts as an account or an id: refused at that field, or keyed by it', async (kind) => {
    for (const { id, text } of textsOf(kind)) {
      const ticket = recordWith('7', 'x', text);
      const parsed = parseExport(file([ticket]), T0);
      if (parsed.ok) expect(parsed.records, id).toEqual([ticket]);
      else expect(await refused(file([ticket]), id), id).toEqual([expect.stringMatching(/^records\[0\]\.account: /)]);
      // An id that is not the record's key is refused, whatever it holds.
      const wrongId = { ...recordWith('7', 'x'), id: text };
      expect(await refused(file([wrongId]), id), id).toEqual([expect.stringMatching(/^records\[0\]\.id: /)]);
    }
  });

  test.each(CLASSES)('%s texts as the link: dropped, said so, and never opened', async (kind) => {
    // Beside them, a record whose link is its own ticket's page: that one is kept.
    const own = { ...recordWith('41', 'x'), url: 'https://acme.zendesk.com/agent/tickets/41' };
    const records = textsOf(kind).map(({ text }, i) => ({ ...recordWith(String(42 + i), 'x'), url: text }));
    const result = await importNotes(db, file([own, ...records]), T0);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.notices).toHaveLength(records.length);
    expect(ticketLink((await getRecord(db, own.id))!)).toBe(own.url);
    for (const [i, record] of records.entries()) {
      const stored = (await getRecord(db, record.id))!;
      expect(stored.url, textsOf(kind)[i]!.id).toBeNull();
      expect(ticketLink(stored)).toBeNull();
      expect(result.notices[i]).toBe(
        `records[${i + 1}] (${record.id}): link dropped, it is not this ticket's page: ${record.url}`,
      );
    }
  });

  // Each phrase use is an event: two that differ only in where an id splits must both be kept.
  test('phrase-use ids holding a NUL (the character that once joined merge keys) keep every use', async () => {
    const record = recordWith('9', 'x');
    record.phrases = [
      { packId: 'a\u0000b', phraseId: 'c', step: 'listen', action: 'insert', at: AT },
      { packId: 'a', phraseId: 'b\u0000c', step: 'listen', action: 'insert', at: AT },
    ];
    expect(await importNotes(db, file([record]), T0)).toMatchObject({ ok: true, added: 1 });
    expect((await getRecord(db, record.id))!.phrases).toHaveLength(2);
  });
});

describe('files that try to reach the prototype or to exhaust the parser', () => {
  test('prototype keys in every object of the export: refused, each listed', async () => {
    const text = pollutingJson(JSON.parse(file([recordWith('5', 'x')])));
    const errors = await refused(text, 'polluting');
    expect(errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\(file\): unknown fields __proto__, constructor$/)]),
    );
    expect(errors.some((e) => e.startsWith('records[0].notes: unknown fields'))).toBe(true);
  });

  test('JSON nested 10,000 deep, as the file or as a field, is refused with one error', async () => {
    expect(await refused(deepJson(10_000), 'file')).toEqual([
      'Not a Steadyhand notes export (no "format": "steadyhand-notes").',
    ]);
    const inField = file([recordWith('5', 'x')]).replace('"complaint":"x"', `"complaint":${deepJson(10_000)}`);
    expect(await refused(inField, 'field')).toEqual(['records[0].notes.complaint: expected string']);
  });

  test('megabyte texts in a record are kept whole', async () => {
    const [plain, markup, , , surrogates] = hugeTexts();
    const base = recordWith('6', 'x');
    const notes = { ...base.notes, complaint: plain!.text, text: surrogates!.text };
    const record = { ...base, subject: markup!.text, notes };
    expect(await importNotes(db, file([record]), T0)).toMatchObject({ ok: true, added: 1 });
    expect(await getRecord(db, record.id)).toEqual(record);
  });
});
