import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesDb } from '@/lib/notes/db';
import { exportNotes, type ExportRequest } from '@/lib/notes/export';
import { importNotes } from '@/lib/notes/import';
import { deleteAll } from '@/lib/notes/data-controls';
import { recordId } from '@/lib/notes/key';
import { getRecord, recordInteraction, recordPhraseUse, saveNotes } from '@/lib/notes/records';
import { toRow } from '@/lib/notes/schema';
import {
  closeAll,
  conversation,
  englishMarkdown,
  freshDb,
  guidance,
  minutes,
  pageOf,
  storedRecordArb,
  T0,
} from './helpers';

afterEach(closeAll);

/** Every stored row, derived index fields included, by id. */
async function dump(db: NotesDb) {
  return new Map((await db.records.toArray()).map((row) => [row.id, row]));
}

async function exportText(db: NotesDb, request: Partial<ExportRequest> = {}): Promise<string> {
  const { blob } = await exportNotes(db, {
    format: 'json',
    selection: { kind: 'all' },
    now: T0,
    ...request,
  } as ExportRequest);
  return blob.text();
}

/** A database with records made through the API and 150 arbitrary ones (odd text, empty fields, nulls). */
async function populated(): Promise<NotesDb> {
  const db = freshDb();
  await recordInteraction(db, conversation(), guidance(), {
    at: T0,
    url: 'https://acme.zendesk.com/agent/tickets/4521',
  });
  await saveNotes(
    db,
    'zendesk:acme:4521',
    { complaint: 'Refund late', tags: ['billing'], followUpDate: '2025-03-12' },
    minutes(1),
  );
  await recordPhraseUse(db, { helpdesk: 'zendesk', account: 'acme', ticketId: '4521' }, phrase, minutes(2));
  await saveNotes(db, 'intercom::77', { text: 'Ünïcödé 🙂 "quotes"\nline two', status: 'resolved' }, minutes(3));
  const generated = fc.sample(storedRecordArb, { numRuns: 150, seed: 7 }).map((r, i) => {
    const ticket = { helpdesk: r.helpdesk, account: r.account, ticketId: String(900_000 + i) };
    return { ...r, ...ticket, id: recordId(ticket), url: r.url && pageOf(ticket) };
  });
  await db.records.bulkPut(generated.map(toRow));
  return db;
}

const phrase = { packId: 'builtin', phraseId: 'ack-1', step: 'listen' as const, action: 'insert' as const };

describe('export → delete all → import', () => {
  it('gives back identical records, field by field, index fields included', async () => {
    const db = await populated();
    const before = await dump(db);
    const text = await exportText(db);
    await deleteAll(db);
    expect(await db.records.count()).toBe(0);

    expect(await importNotes(db, text)).toEqual({
      ok: true,
      added: before.size,
      updated: 0,
      unchanged: 0,
      notices: [],
      changes: [],
    });
    const after = await dump(db);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, row] of before) {
      const back = after.get(id)!;
      expect(Object.keys(back).sort()).toEqual(Object.keys(row).sort());
      for (const field of Object.keys(row) as Array<keyof typeof row>)
        expect(back[field], `${id} ${field}`).toEqual(row[field]);
    }
  });

  it('is idempotent: importing the same file again changes nothing', async () => {
    const db = await populated();
    const text = await exportText(db);
    const before = await dump(db);
    expect(await importNotes(db, text)).toEqual({
      ok: true,
      added: 0,
      updated: 0,
      unchanged: before.size,
      notices: [],
      changes: [],
    });
    expect(await dump(db)).toEqual(before);
  });

  it('keeps the newer record: an old export never undoes later work, a newer one updates', async () => {
    const db = freshDb();
    await saveNotes(db, 'zendesk::1', { outcome: 'pending' }, minutes(1));
    const old = await exportText(db);
    await saveNotes(db, 'zendesk::1', { outcome: 'refunded' }, minutes(2));
    const newer = await exportText(db);

    expect(await importNotes(db, old)).toMatchObject({ ok: true, unchanged: 1 });
    expect((await getRecord(db, 'zendesk::1'))?.notes.outcome).toBe('refunded');

    const elsewhere = freshDb();
    await importNotes(elsewhere, old);
    expect(await importNotes(elsewhere, newer)).toMatchObject({ ok: true, updated: 1 });
    expect(await getRecord(elsewhere, 'zendesk::1')).toEqual(await getRecord(db, 'zendesk::1'));
  });

  it('merges two machines’ edits of one ticket, each field from where it was edited last', async () => {
    const a = freshDb();
    const b = freshDb();
    await saveNotes(a, 'zendesk::1', { complaint: 'late' }, minutes(1));
    await importNotes(b, await exportText(a));
    await saveNotes(a, 'zendesk::1', { outcome: 'refunded' }, minutes(3));
    await saveNotes(b, 'zendesk::1', { complaint: 'late and rude' }, minutes(2));
    await importNotes(a, await exportText(b));
    await importNotes(b, await exportText(a));
    expect((await getRecord(a, 'zendesk::1'))?.notes).toMatchObject({
      complaint: 'late and rude',
      outcome: 'refunded',
    });
    expect(await getRecord(b, 'zendesk::1')).toEqual(await getRecord(a, 'zendesk::1'));
  });
});

describe('exports', () => {
  let db: NotesDb;
  beforeEach(async () => {
    db = await populated();
  });

  it('exports a filtered list or one record, newest first', async () => {
    const one = JSON.parse(await exportText(db, { selection: { kind: 'one', id: 'zendesk:acme:4521' } }));
    expect(one.records.map((r: { id: string }) => r.id)).toEqual(['zendesk:acme:4521']);
    const resolved = JSON.parse(
      await exportText(db, { selection: { kind: 'filtered', filter: { status: 'resolved' } } }),
    );
    expect(resolved.records.length).toBeGreaterThan(1);
    for (const r of resolved.records) expect(r.status).toBe('resolved');
    const times = resolved.records.map((r: { updatedAt: string }) => r.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(JSON.parse(await exportText(db, { selection: { kind: 'one', id: 'zendesk::nope' } })).records).toEqual([]);
  });

  it('marks a redacted JSON export, and import refuses it', async () => {
    const text = await exportText(db, {
      selection: { kind: 'one', id: 'zendesk:acme:4521' },
      redaction: { names: true },
    });
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'steadyhand-notes',
      version: 3,
      redacted: true,
      exportedAt: T0.toISOString(),
    });
    expect(file.records[0].customerName).toBe('[name]');
    expect(await importNotes(db, text)).toEqual({
      ok: false,
      errors: [expect.stringContaining('redacted')],
      problems: [{ code: 'redacted' }],
    });
  });

  it('names files and types them for download', async () => {
    const csv = await exportNotes(db, { format: 'csv', selection: { kind: 'all' }, now: T0 });
    expect(csv.filename).toBe('steadyhand-notes-2025-03-10.csv');
    expect(csv.blob.type).toBe('text/csv;charset=utf-8');
    const md = await exportNotes(db, {
      format: 'markdown',
      text: englishMarkdown,
      selection: { kind: 'one', id: 'zendesk:acme:4521' },
    });
    expect(md.filename).toBe('steadyhand-notes-zendesk-acme-4521.md');
    expect(await md.blob.text()).toContain('## Zendesk ticket 4521 — Refund not received');
  });
});
