import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotesDb } from '@/lib/notes/db';
import { listRecords, listTags, matchingIds, type NotesFilter } from '@/lib/notes/query';
import { recordInteraction, saveNotes } from '@/lib/notes/records';
import type { Conversation } from '@/lib/conversation/model';
import { closeAll, conversation as withMessages, freshDb, guidance, minutes } from './helpers';

afterEach(closeAll);

let db: NotesDb;
// No message times: each interaction starts when it is first seen. No account: keyed `<helpdesk>::<id>`.
const conversation = (partial: Partial<Conversation>) => withMessages({ messages: [], account: undefined, ...partial });

// Five tickets, updated a day apart (z1 oldest … i5 newest).
beforeEach(async () => {
  db = freshDb();
  const day = (n: number) => minutes(n * 24 * 60);
  await recordInteraction(db, conversation({ id: '1', subject: 'Refund not received' }), guidance(), { at: day(0) });
  await saveNotes(db, 'zendesk::1', { complaint: 'Refund late, customer upset', tags: ['billing'] }, day(0));
  await recordInteraction(db, conversation({ id: '2', subject: 'Café order missing' }), guidance({ signals: [] }), {
    at: day(1),
  });
  await saveNotes(db, 'zendesk::2', { outcome: 'Resent the order', status: 'resolved', tags: ['shipping'] }, day(1));
  await recordInteraction(
    db,
    conversation({ id: '3', subject: 'Threatens to cancel', customer: { name: 'Jane Roe', email: null } }),
    guidance({ signals: [{ kind: 'churn-risk', messageId: 'c1', evidence: 'cancel' }] }),
    { at: day(2) },
  );
  await saveNotes(
    db,
    'zendesk::3',
    { text: 'Offered a refund credit', tags: ['billing', 'VIP'], status: 'follow-up' },
    day(2),
  );
  await recordInteraction(db, conversation({ helpdesk: 'intercom', id: '4', subject: 'Login broken' }), guidance(), {
    at: day(3),
  });
  await saveNotes(db, 'intercom::5', { complaint: 'refunded twice?' }, day(4));
});

const ids = async (filter: NotesFilter) => (await listRecords(db, filter)).records.map((r) => r.id);

describe('listRecords', () => {
  it('lists newest first with the total, a page at a time', async () => {
    const all = await listRecords(db);
    expect(all.total).toBe(5);
    expect(all.records.map((r) => r.id)).toEqual([
      'intercom::5',
      'intercom::4',
      'zendesk::3',
      'zendesk::2',
      'zendesk::1',
    ]);
    const page = await listRecords(db, {}, { offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 5 });
    expect(page.records.map((r) => r.id)).toEqual(['intercom::4', 'zendesk::3']);
  });

  it('finds words by prefix in notes, subject, customer and tags, ignoring case and accents', async () => {
    expect(await ids({ text: 'refund' })).toEqual(['intercom::5', 'zendesk::3', 'zendesk::1']);
    expect(await ids({ text: 'REFU cred' })).toEqual(['zendesk::3']);
    expect(await ids({ text: 'cafe' })).toEqual(['zendesk::2']);
    expect(await ids({ text: 'jane' })).toEqual(['zendesk::3']);
    expect(await ids({ text: 'vip' })).toEqual(['zendesk::3']);
    expect(await ids({ text: 'r' })).toEqual(['intercom::5', 'zendesk::3', 'zendesk::2', 'zendesk::1']);
    expect(await ids({ text: 'nothing-like-this' })).toEqual([]);
    expect(await ids({ text: '  ,; ' })).toHaveLength(5);
  });

  it('filters by tag, signal, status, helpdesk and date range, alone or together', async () => {
    expect(await ids({ tag: 'billing' })).toEqual(['zendesk::3', 'zendesk::1']);
    expect(await ids({ signal: 'churn-risk' })).toEqual(['zendesk::3']);
    expect(await ids({ signal: 'angry' })).toEqual(['intercom::4', 'zendesk::1']);
    expect(await ids({ status: 'resolved' })).toEqual(['zendesk::2']);
    expect(await ids({ helpdesk: 'intercom' })).toEqual(['intercom::5', 'intercom::4']);
    expect(await ids({ from: minutes(1.5 * 24 * 60).toISOString() })).toEqual([
      'intercom::5',
      'intercom::4',
      'zendesk::3',
    ]);
    expect(await ids({ to: minutes(1.5 * 24 * 60).toISOString() })).toEqual(['zendesk::2', 'zendesk::1']);
    expect(await ids({ tag: 'billing', text: 'refund', status: 'open' })).toEqual(['zendesk::1']);
    expect(await ids({ signal: 'angry', helpdesk: 'zendesk', text: 'refund' })).toEqual(['zendesk::1']);
  });

  it('pages and counts a narrowed list too', async () => {
    const page = await listRecords(db, { text: 'refund' }, { offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.records.map((r) => r.id)).toEqual(['zendesk::3']);
  });

  it('gives whole records without the index fields', async () => {
    const [record] = (await listRecords(db, { text: 'cafe' })).records;
    expect(record).not.toHaveProperty('words');
    expect(record).not.toHaveProperty('signalKinds');
    expect(record?.notes.outcome).toBe('Resent the order');
  });
});

describe('matchingIds and listTags', () => {
  it('gives the ids of every match, newest first, for an export', async () => {
    expect(await matchingIds(db)).toEqual(['intercom::5', 'intercom::4', 'zendesk::3', 'zendesk::2', 'zendesk::1']);
    expect(await matchingIds(db, { status: 'open' })).toEqual(['intercom::5', 'intercom::4', 'zendesk::1']);
    expect(await matchingIds(db, { text: 'refund', helpdesk: 'zendesk' })).toEqual(['zendesk::3', 'zendesk::1']);
  });

  it('lists every tag in use once', async () => {
    expect(await listTags(db)).toEqual(['billing', 'shipping', 'VIP']);
  });
});
