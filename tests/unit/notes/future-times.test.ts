// Times later than now (an imported file, a clock that was ahead) must never make a real edit lose, pin a
// record to the top of the list, or keep retention from reaching it.
import { afterEach, describe, expect, it } from 'vitest';
import { CLOCK_SKEW_MS } from '@/lib/notes/clock';
import { applyRetention } from '@/lib/notes/data-controls';
import type { NotesDb } from '@/lib/notes/db';
import { importNotes } from '@/lib/notes/import';
import { emptyRecord, type InteractionRecord } from '@/lib/notes/model';
import { listRecords } from '@/lib/notes/query';
import { recordInteraction, saveNotes } from '@/lib/notes/records';
import { applyStoredRetention } from '@/lib/notes/retention-setting';
import { toRow } from '@/lib/notes/schema';
import { closeAll, conversation, freshDb, guidance } from './helpers';

afterEach(closeAll);

const FUTURE = '2999-01-01T00:00:00.000Z';
const DAY = 86_400_000;

/** A record whose every time is in 2999, with an outcome "edited" then. */
function fromTheFuture(ticketId: string): InteractionRecord {
  const record = emptyRecord({ helpdesk: 'zendesk', ticketId }, FUTURE);
  return {
    ...record,
    seenAt: FUTURE,
    subject: 'From the future',
    notes: { ...record.notes, outcome: 'imported outcome' },
    editedAt: { ...record.editedAt, outcome: FUTURE },
  };
}

/** An export file; version 1 (no account) as older Steadyhands wrote, or the current version 2. */
function file(records: InteractionRecord[], version: 1 | 2): string {
  const shaped =
    version === 2
      ? records
      : records.map(({ account: _account, ...r }) => ({ ...r, id: `${r.helpdesk}:${r.ticketId}` }));
  return JSON.stringify({ format: 'steadyhand-notes', version, exportedAt: FUTURE, redacted: false, records: shaped });
}

/** The one record stored (found by ticket, whatever its key). */
const stored = async (db: NotesDb, ticketId: string) =>
  (await db.records.toArray()).find((row) => row.ticketId === ticketId)!;

/** As a pre-fix import or a clock that was ahead left it: stored as it is, bypassing every write rule. */
const leftInDb = (db: NotesDb, record: InteractionRecord) => db.records.put(toRow(record));

describe('times later than now', () => {
  it.each([1, 2] as const)('are clamped to the import time when a version %i file brings them', async (version) => {
    const db = freshDb();
    const now = new Date();
    const result = await importNotes(db, file([fromTheFuture('1')], version), now);
    const row = await stored(db, '1');
    for (const at of [row.seenAt, row.startedAt, row.updatedAt, row.editedAt.outcome]) {
      expect(at).toBe(now.toISOString());
    }
    expect(row.notes.outcome).toBe('imported outcome');
    expect(result).toMatchObject({ ok: true, notices: [expect.stringContaining('4 times after')] });
  });

  it('are kept as they are within the clock skew, so an export from a slightly fast machine imports unchanged', async () => {
    const db = freshDb();
    const now = new Date();
    const ahead = new Date(now.getTime() + CLOCK_SKEW_MS - 1000).toISOString();
    const record = { ...emptyRecord({ helpdesk: 'zendesk', ticketId: '1' }, ahead), seenAt: ahead };
    expect(await importNotes(db, file([record], 2), now)).toMatchObject({ ok: true, notices: [] });
    expect((await stored(db, '1')).updatedAt).toBe(ahead);
  });

  it('never beat the agent’s edit of a field, whatever time is stored for it', async () => {
    const db = freshDb();
    await leftInDb(db, fromTheFuture('1'));
    const saved = await saveNotes(db, 'zendesk::1', { outcome: 'refunded' });
    expect(saved.notes.outcome).toBe('refunded');
    expect((await stored(db, '1')).notes.outcome).toBe('refunded');
    // The next real edit wins too: nothing past the clock is left to beat it.
    await saveNotes(db, 'zendesk::1', { outcome: 'refunded twice' });
    expect((await stored(db, '1')).notes.outcome).toBe('refunded twice');
  });

  it('never pin a record to the top of the list once anything writes it', async () => {
    const db = freshDb();
    await leftInDb(db, fromTheFuture('1'));
    await saveNotes(db, 'zendesk::2', { text: 'newer' });
    await recordInteraction(db, conversation({ account: undefined, id: '1' }), guidance());
    await saveNotes(db, 'zendesk::2', { text: 'newest' });
    const { records } = await listRecords(db);
    expect(records.map((r) => r.id)).toEqual(['zendesk::2', 'zendesk::1']);
    expect(records[1]!.updatedAt < new Date(Date.now() + 1).toISOString()).toBe(true);
  });

  it('are brought back to now when the notes page or the background opens, retention set or not', async () => {
    const db = freshDb();
    await leftInDb(db, fromTheFuture('1'));
    const opened = new Date();
    await applyStoredRetention(db, opened);
    expect((await listRecords(db)).records[0]!.updatedAt).toBe(opened.toISOString());
    // Anything changed since comes above it.
    await saveNotes(db, 'zendesk::2', { text: 'today' }, new Date(opened.getTime() + 1));
    expect((await listRecords(db)).records.map((r) => r.id)).toEqual(['zendesk::2', 'zendesk::1']);
  });

  it('never keep retention from reaching a record: it expires the set number of days from now', async () => {
    const db = freshDb();
    const now = new Date();
    await leftInDb(db, fromTheFuture('1'));
    expect(await applyRetention(db, 30, now)).toBe(0);
    expect(await applyRetention(db, 30, new Date(now.getTime() + 29 * DAY))).toBe(0);
    expect(await applyRetention(db, 30, new Date(now.getTime() + 31 * DAY))).toBe(1);
    expect(await db.records.count()).toBe(0);
  });
});
