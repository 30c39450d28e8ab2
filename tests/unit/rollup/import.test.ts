import { afterEach, describe, expect, it } from 'vitest';
import { importNotes } from '@/lib/notes';
import { importExport, listSources, removeSource, rollupRecords } from '@/lib/rollup';
import { closeAll, freshDb } from '../notes/helpers';
import { closeRollups, exportText, freshRollupDb, record } from './helpers';

const NOW = new Date('2025-03-21T12:00:00.000Z');
const a1 = record({ ticketId: '1', at: '2025-03-10T09:00:00.000Z', tags: ['refund'] });
const a2 = record({ ticketId: '2', at: '2025-03-11T09:00:00.000Z' });
// The same ticket as a1, worked by another agent too.
const b1 = record({ ticketId: '1', at: '2025-03-10T10:00:00.000Z', tags: ['billing'] });

afterEach(async () => {
  await closeRollups();
  await closeAll();
});

describe('the roll-up import', () => {
  it('labels records by the export’s agent, and keeps the same ticket from two agents as two records', async () => {
    const db = freshRollupDb();
    const first = await importExport(db, 'ana.json', exportText([a1, a2], { agent: 'Ana' }), NOW);
    const second = await importExport(db, 'ben.json', exportText([b1], { agent: 'Ben' }), NOW);
    expect(first).toMatchObject({ ok: true, source: { sourceFile: 'ana.json', agent: 'Ana', records: 2 } });
    expect(second).toMatchObject({ ok: true, source: { agent: 'Ben', records: 1 } });
    const records = await rollupRecords(db);
    expect(records.map((r) => [r.agent, r.id]).sort()).toEqual([
      ['Ana', 'zendesk:acme:1'],
      ['Ana', 'zendesk:acme:2'],
      ['Ben', 'zendesk:acme:1'],
    ]);
    expect(records.find((r) => r.agent === 'Ben')!.notes.tags).toEqual(['billing']);
  });

  it('labels records with the file’s name when the export names no agent', async () => {
    const db = freshRollupDb();
    const result = await importExport(db, 'week-12.json', exportText([a1]), NOW);
    expect(result).toMatchObject({ ok: true, source: { agent: 'week-12' } });
    expect((await rollupRecords(db))[0]!.agent).toBe('week-12');
  });

  it('merges one agent’s overlapping files into one record per ticket', async () => {
    const db = freshRollupDb();
    const later = { ...a1, notes: { ...a1.notes, complaint: 'late refund' } };
    later.editedAt = { ...later.editedAt, complaint: '2025-03-12T09:00:00.000Z' };
    later.updatedAt = '2025-03-12T09:00:00.000Z';
    await importExport(db, 'ana-w11.json', exportText([a1], { agent: 'Ana' }), NOW);
    await importExport(db, 'ana-w12.json', exportText([later], { agent: 'Ana' }), NOW);
    const records = await rollupRecords(db);
    expect(records).toHaveLength(1);
    expect(records[0]!.notes.complaint).toBe('late refund');
    expect(await listSources(db)).toHaveLength(2);
  });

  it('accepts a redacted export, which the notes import refuses', async () => {
    const db = freshRollupDb();
    const text = exportText([{ ...a1, customerName: '[name]' }], { agent: 'Ana', redacted: true });
    const result = await importExport(db, 'ana.json', text, NOW);
    expect(result).toMatchObject({ ok: true, source: { redacted: true, records: 1 } });
    expect(await importNotes(freshDb(), text, NOW)).toMatchObject({ ok: false });
  });

  it('never writes the notes database', async () => {
    const notes = freshDb();
    const db = freshRollupDb();
    await importExport(db, 'ana.json', exportText([a1, a2], { agent: 'Ana' }), NOW);
    expect(await notes.records.count()).toBe(0);
  });

  it('replaces what a file brought when a file of the same name is imported again', async () => {
    const db = freshRollupDb();
    await importExport(db, 'ana.json', exportText([a1, a2], { agent: 'Ana' }), NOW);
    await importExport(db, 'ana.json', exportText([a2], { agent: 'Ana' }), NOW);
    expect((await rollupRecords(db)).map((r) => r.id)).toEqual(['zendesk:acme:2']);
    expect(await listSources(db)).toEqual([expect.objectContaining({ sourceFile: 'ana.json', records: 1 })]);
  });

  it('removes a file’s records, and only them', async () => {
    const db = freshRollupDb();
    await importExport(db, 'ana.json', exportText([a1, a2], { agent: 'Ana' }), NOW);
    await importExport(db, 'ben.json', exportText([b1], { agent: 'Ben' }), NOW);
    await removeSource(db, 'ana.json');
    expect((await rollupRecords(db)).map((r) => r.agent)).toEqual(['Ben']);
    expect((await listSources(db)).map((s) => s.sourceFile)).toEqual(['ben.json']);
  });

  it('refuses a file that is not an export, saying why, and stores nothing', async () => {
    const db = freshRollupDb();
    const result = await importExport(db, 'notes.txt', '{"hello": 1}', NOW);
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringContaining('Not a Steadyhand notes export')],
      problems: [{ code: 'not-export' }],
    });
    expect(await importExport(db, '', '{}', NOW)).toMatchObject({ problems: [{ code: 'file-name', name: '' }] });
    expect(await listSources(db)).toEqual([]);
  });
});
