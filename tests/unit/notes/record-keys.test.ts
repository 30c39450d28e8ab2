// Ticket numbers are per helpdesk account: every writer keys the record with the account, so the same
// number in two Zendesk accounts (or two Intercom workspaces) is two records, and nothing of either is lost.
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tabViewDeps } from '@/entrypoints/background/tab-view-deps';
import { notesDb } from '@/entrypoints/sidepanel/notes-db';
import { copyPhrase } from '@/entrypoints/sidepanel/phrase-actions';
import { exportNotes } from '@/lib/notes/export';
import { importNotes } from '@/lib/notes/import';
import { getRecord, recordInteraction, saveNotes } from '@/lib/notes/records';
import type { OfferedPhrase } from '@/lib/packs';
import { closeAll, conversation, freshDb, guidance, minutes, T0 } from './helpers';

afterEach(async () => {
  vi.restoreAllMocks();
  await notesDb().records.clear();
  await closeAll();
});

const ACME = conversation();
const GLOBEX = conversation({ account: 'globex', subject: 'Parcel never arrived' });
const phrase: OfferedPhrase = {
  key: 'k',
  packId: 'builtin',
  packName: 'Built-in',
  phraseId: 'ack-1',
  step: 'listen',
  variant: null,
  text: 'I hear you.',
  locale: 'en',
};

describe('the same ticket number in two accounts', () => {
  it('is two records, each with its own reading and notes', async () => {
    const db = freshDb();
    await recordInteraction(db, ACME, guidance(), { at: T0, url: 'https://acme.zendesk.com/agent/tickets/4521' });
    await recordInteraction(db, GLOBEX, guidance(), { at: T0, url: 'https://globex.zendesk.com/agent/tickets/4521' });
    await saveNotes(db, 'zendesk:acme:4521', { complaint: 'refund late' }, minutes(1));
    await saveNotes(db, 'zendesk:globex:4521', { complaint: 'parcel lost' }, minutes(1));
    const acme = await getRecord(db, 'zendesk:acme:4521');
    const globex = await getRecord(db, 'zendesk:globex:4521');
    expect(acme).toMatchObject({
      account: 'acme',
      subject: 'Refund not received',
      notes: { complaint: 'refund late' },
    });
    expect(globex).toMatchObject({ account: 'globex', subject: 'Parcel never arrived' });
    expect(globex?.notes.complaint).toBe('parcel lost');
    expect(globex?.url).toBe('https://globex.zendesk.com/agent/tickets/4521');
  });

  it('survives export, delete all and import as two records, the file at format version 2', async () => {
    const db = freshDb();
    await saveNotes(db, 'zendesk:acme:4521', { complaint: 'refund late' }, minutes(1));
    await saveNotes(db, 'zendesk:globex:4521', { complaint: 'parcel lost' }, minutes(1));
    const { blob } = await exportNotes(db, { format: 'json', selection: { kind: 'all' }, now: T0 });
    const text = await blob.text();
    expect(JSON.parse(text)).toMatchObject({ version: 3, records: [{ account: 'globex' }, { account: 'acme' }] });
    await db.records.clear();
    expect(await importNotes(db, text)).toMatchObject({ ok: true, added: 2 });
    expect((await getRecord(db, 'zendesk:globex:4521'))?.notes.complaint).toBe('parcel lost');
    expect((await getRecord(db, 'zendesk:acme:4521'))?.notes.complaint).toBe('refund late');
  });
});

describe('every writer keys by the conversation’s account', () => {
  it('the background’s automatic record', async () => {
    const db = freshDb();
    const deps = tabViewDeps(db);
    deps.record(GLOBEX, guidance(), 'https://globex.zendesk.com/agent/tickets/4521');
    await waitFor(async () => expect(await db.records.toCollection().primaryKeys()).toEqual(['zendesk:globex:4521']));
  });

  it('the panel’s phrase uses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: vi.fn(async () => undefined) },
    });
    await copyPhrase(GLOBEX, phrase, 'I hear you.');
    await waitFor(async () => expect((await getRecord(notesDb(), 'zendesk:globex:4521'))?.phrases).toHaveLength(1));
    expect(await notesDb().records.count()).toBe(1);
  });
});
