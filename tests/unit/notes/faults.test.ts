// Fault injection on fake-indexeddb: a full disk, a transaction failing half-way through an import, two
// panels and the notes page writing one record at once, a page reloaded in the middle of a write. Each
// test asserts that every record and every typed character survives.
import { Dexie } from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '@/lib/notes/autosave';
import { checkSaved } from '@/lib/notes/check-saved';
import { applyRetention, settleFutureTimes } from '@/lib/notes/data-controls';
import { declareVersions, NotesDb } from '@/lib/notes/db';
import { QuotaError } from '@/lib/notes/errors';
import { exportNotes } from '@/lib/notes/export';
import { importNotes } from '@/lib/notes/import';
import { emptyRecord } from '@/lib/notes/model';
import { getRecord, recordInteraction, recordPhraseUse, saveNotes } from '@/lib/notes/records';
import { toRow } from '@/lib/notes/schema';
import { replayJournal, writeJournal } from '@/lib/notes/unsaved-journal';
import { closeAll, conversation, freshDb, guidance, minutes, secondConnection, T0 } from './helpers';

afterEach(async () => {
  vi.restoreAllMocks();
  localStorage.clear();
  await closeAll();
});

/** Every stored row as text, in key order: what "byte-identical" compares. */
const snapshot = async (db: NotesDb) => JSON.stringify(await db.records.orderBy(':id').toArray());

/** From the `after`-th write on (put or add), IndexedDB throws `error()` as a browser would. */
function failWritesAfter(after: number, error: () => DOMException) {
  let writes = 0;
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++writes > after) throw error();
      return original.apply(this, args as Parameters<typeof original>);
    });
  }
}
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const ioError = () => new DOMException('Disk I/O error.', 'UnknownError');

/** A database with read, noted, phrase-used and imported records, one of them dated in the future. */
async function populated(): Promise<NotesDb> {
  const db = freshDb();
  await recordInteraction(db, conversation(), guidance(), {
    at: T0,
    url: 'https://acme.zendesk.com/agent/tickets/4521',
  });
  await saveNotes(db, 'zendesk:acme:4521', { complaint: 'refund late', tags: ['billing'] }, minutes(1));
  const use = { packId: 'builtin', phraseId: 'ack-1', step: 'listen' as const, action: 'insert' as const };
  await recordPhraseUse(db, { helpdesk: 'zendesk', account: 'acme', ticketId: '4521' }, use, minutes(2));
  for (let i = 0; i < 30; i++) await saveNotes(db, `intercom::${i}`, { text: `note ${i}` }, minutes(3 + i));
  const ahead = emptyRecord({ helpdesk: 'zendesk', ticketId: '9' }, '2999-01-01T00:00:00.000Z');
  await db.records.put(toRow(ahead));
  return db;
}

async function exportText(db: NotesDb): Promise<string> {
  const { blob } = await exportNotes(db, { format: 'json', selection: { kind: 'all' }, now: T0 });
  return blob.text();
}

describe('a full disk', () => {
  const writes: Array<[string, (db: NotesDb, file: string) => Promise<unknown>]> = [
    ['saving notes', (db) => saveNotes(db, 'zendesk:acme:4521', { outcome: 'refunded' })],
    ['a reading', (db) => recordInteraction(db, conversation({ subject: 'Refund STILL missing' }), guidance())],
    [
      'a phrase use',
      (db) =>
        recordPhraseUse(
          db,
          { helpdesk: 'intercom', ticketId: '1' },
          { packId: 'p', phraseId: 'q', step: 'solve', action: 'copy' },
        ),
    ],
    ['an import', (db, file) => importNotes(db, file.replace(/note (\d+)/g, 'changed $1'))],
    ['retention', (db) => applyRetention(db, 30)],
    ['settling future times', (db) => settleFutureTimes(db)],
  ];

  it.each(writes)('fails %s with a QuotaError in words, every stored row byte-identical', async (_, write) => {
    const db = await populated();
    const file = await exportText(db);
    const before = await snapshot(db);
    failWritesAfter(0, quota);
    const failed = write(db, file);
    await expect(failed).rejects.toBeInstanceOf(QuotaError);
    await expect(failed).rejects.toThrow('Browser storage is full: the notes could not be saved.');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toBe(before);
    // With room again, the same write goes through.
    await write(db, file);
  });

  it('keeps every character typed while nothing can be saved, and saves them all once there is room', async () => {
    const db = freshDb();
    const errors: unknown[] = [];
    const autosave = createAutosave((id, patch, at) => saveNotes(db, id, patch, at), {
      onError: (e) => errors.push(e),
      check: (id, sent) => checkSaved(db, id, sent),
    });
    failWritesAfter(0, quota);
    const typed = 'Refund of order 1182, sent twice — “sorry”';
    for (let i = 1; i <= typed.length; i++) {
      autosave.edit('zendesk:acme:4521', { complaint: typed.slice(0, i) });
      if (i % 7 === 0) await autosave.flush();
    }
    await autosave.flush();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e instanceof QuotaError)).toBe(true);
    expect(await db.records.count()).toBe(0);
    vi.restoreAllMocks();
    await autosave.flush();
    expect(autosave.unsaved()).toEqual([]);
    expect((await getRecord(db, 'zendesk:acme:4521'))?.notes.complaint).toBe(typed);
  });

  it('stops the upgrade to the current schema and leaves the older database as it was', async () => {
    const fixture = JSON.parse(readFileSync(join(__dirname, '../../fixtures/notes/v2.json'), 'utf8'));
    const name = `notes-fault-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    declareVersions(old, 2);
    await old.table('records').bulkAdd(fixture.rows);
    const before = JSON.stringify(await old.table('records').orderBy(':id').toArray());
    old.close();

    failWritesAfter(1, quota);
    const db = new NotesDb(name);
    await expect(db.open()).rejects.toThrow();
    db.close();
    vi.restoreAllMocks();

    const again = new Dexie(name);
    declareVersions(again, 2);
    expect(JSON.stringify(await again.table('records').orderBy(':id').toArray())).toBe(before);
    again.close();
    const upgraded = new NotesDb(name);
    expect(await upgraded.records.count()).toBe(fixture.rows.length);
    upgraded.close();
    await Dexie.delete(name);
  });
});

describe('a transaction failing half-way through an import', () => {
  it('writes nothing: the stored data is byte-identical afterwards, whatever the failing write', async () => {
    const db = await populated();
    const incoming = freshDb();
    await importNotes(incoming, await exportText(db));
    for (let i = 0; i < 1500; i++)
      await incoming.records.put(toRow(emptyRecord({ helpdesk: 'zendesk', ticketId: `n${i}` }, T0.toISOString())));
    await saveNotes(incoming, 'zendesk:acme:4521', { outcome: 'refunded' }, minutes(90));
    const file = await exportText(incoming);
    const before = await snapshot(db);
    await fc.assert(
      fc.asyncProperty(
        // At least 1,501 writes (1,500 added, one updated): any of them may be the one that fails.
        fc.integer({ min: 0, max: 1500 }),
        async (after) => {
          failWritesAfter(after, ioError);
          await expect(importNotes(db, file)).rejects.toMatchObject({ name: expect.stringMatching(/Error$/) });
          vi.restoreAllMocks();
          expect(await snapshot(db)).toBe(before);
        },
      ),
      { numRuns: 8 },
    );
    // Updated: the ticket noted in `incoming`, and the record dated 2999, whose times the import settles.
    expect(await importNotes(db, file)).toMatchObject({ ok: true, added: 1500, updated: 2 });
  });
});

describe('two panels and the notes page writing one record at once', () => {
  it('keeps every field each of them typed, and reports no conflict: they never wrote the same field', async () => {
    const page = freshDb();
    const [panelA, panelB, background] = [secondConnection(page), secondConnection(page), secondConnection(page)];
    const errors: unknown[] = [];
    const autosaveOn = (db: NotesDb) =>
      createAutosave((id, patch, at) => saveNotes(db, id, patch, at), {
        delayMs: 2,
        onError: (e) => errors.push(e),
        check: (id, sent) => checkSaved(db, id, sent),
      });
    const writers = [autosaveOn(panelA), autosaveOn(panelB), autosaveOn(page)];
    const fields = [
      { complaint: 'Charged twice for the annual plan' },
      { solution: 'Refunded the second charge', followUpDate: '2030-01-02' },
      { outcome: 'Customer thanked us', text: 'Checked the ledger — “ok”', status: 'resolved' },
    ] as const;
    const id = 'zendesk:acme:4521';
    const type = async (k: number) => {
      for (const [field, value] of Object.entries(fields[k]!)) {
        const whole = field === 'status' || field === 'followUpDate';
        for (let i = whole ? value.length : 1; i <= value.length; i++) {
          writers[k]!.edit(id, { [field]: value.slice(0, i) });
          await new Promise((done) => setTimeout(done, (i * (k + 1)) % 3));
          if (i % 5 === k) await writers[k]!.flush();
        }
      }
      await writers[k]!.flush();
    };
    const readings = async () => {
      for (let i = 0; i < 10; i++) {
        await recordInteraction(background, conversation(), guidance(), {
          url: 'https://acme.zendesk.com/agent/tickets/4521',
        });
        await new Promise((done) => setTimeout(done, 1));
      }
    };
    await Promise.all([type(0), type(1), type(2), readings()]);
    expect(errors).toEqual([]);
    const record = (await getRecord(page, id))!;
    expect(record.notes).toMatchObject({
      ...fields[0],
      ...fields[1],
      outcome: fields[2].outcome,
      text: fields[2].text,
    });
    expect(record.status).toBe('resolved');
    expect(record).toMatchObject({
      subject: 'Refund not received',
      url: 'https://acme.zendesk.com/agent/tickets/4521',
    });
    expect(record.steps.map((s) => s.step).sort()).toEqual(['document', 'listen']);
  });
});

describe('a page reloaded in the middle of a write', () => {
  it('leaves every typed character to the next page, through the pagehide journal', async () => {
    const typed = 'Billed twice in March; refund promised by Friday';
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: typed.length }),
        fc.integer({ min: 1, max: 9 }),
        async (cut, every) => {
          localStorage.clear();
          const page = freshDb();
          await page.open();
          const autosave = createAutosave((id, patch, at) => saveNotes(page, id, patch, at), {
            onError: () => undefined,
          });
          for (let i = 1; i <= cut; i++) {
            autosave.edit('zendesk:acme:4521', { text: typed.slice(0, i) });
            if (i % every === 0) await autosave.flush();
          }
          // pagehide, as the notes page and the panel handle it: keep what is unsaved, start the saves...
          writeJournal(autosave.unsavedEdits());
          void autosave.flush();
          // ...and the page is gone before they can finish.
          page.close();
          const next = secondConnection(page);
          await replayJournal(next);
          expect((await getRecord(next, 'zendesk:acme:4521'))?.notes.text).toBe(typed.slice(0, cut));
        },
      ),
      { numRuns: 25 },
    );
  });
});
