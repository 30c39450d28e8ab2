// Export format 3 and schema v4: the opening words and each phrase use's text travel in every export,
// files of format 2 (without them) still import, and redaction and search reach them.
import { afterEach, describe, expect, it } from 'vitest';
import { exportNotes } from '@/lib/notes/export';
import { importNotes } from '@/lib/notes/import';
import { listRecords } from '@/lib/notes/query';
import { getRecord, recordInteraction, recordPhraseUse } from '@/lib/notes/records';
import { timeline } from '@/lib/notes/timeline';
import { closeAll, conversation, freshDb, guidance, minutes, T0 } from './helpers';

afterEach(closeAll);

const TICKET = { helpdesk: 'zendesk' as const, account: 'acme', ticketId: '4521' };
const USE = { packId: 'builtin', phraseId: 'emp-1', step: 'empathize' as const, action: 'insert' as const };
const SAID = 'Maria Garcia, I am sorry. Call me on +44 20 7946 0958 or write to help@acme.example.';

async function recorded() {
  const db = freshDb();
  await recordInteraction(db, conversation(), guidance(), { at: T0, url: null });
  await recordPhraseUse(db, TICKET, { ...USE, text: SAID }, minutes(1));
  return db;
}

const json = async (db: Awaited<ReturnType<typeof recorded>>, redaction = {}) => {
  const { blob } = await exportNotes(db, { format: 'json', selection: { kind: 'all' }, now: T0, redaction });
  return blob.text();
};

describe('export format 3', () => {
  it('carries the opening words and the phrase text, and re-imports them unchanged', async () => {
    const db = await recorded();
    const text = await json(db);
    const file = JSON.parse(text);
    expect(file.version).toBe(3);
    expect(file.records[0]).toMatchObject({ opening: 'Where is my refund?!', phrases: [{ ...USE, text: SAID }] });
    const other = freshDb();
    expect(await importNotes(other, text)).toMatchObject({ ok: true, added: 1 });
    expect(await getRecord(other, 'zendesk:acme:4521')).toEqual(await getRecord(db, 'zendesk:acme:4521'));
  });

  it('imports a format 2 file, whose records lack both, as not recorded', async () => {
    const db = await recorded();
    const file = JSON.parse(await json(db));
    const { opening: _opening, ...record } = file.records[0];
    const old = {
      ...file,
      version: 2,
      records: [{ ...record, phrases: record.phrases.map(({ text: _text, ...use }: { text: string }) => use) }],
    };
    const other = freshDb();
    expect(await importNotes(other, JSON.stringify(old))).toMatchObject({ ok: true, added: 1 });
    // Kept as they came (absent), and read as not recorded.
    const imported = (await getRecord(other, 'zendesk:acme:4521'))!;
    expect(imported.opening).toBeUndefined();
    expect(imported.phrases).toEqual([{ ...USE, at: minutes(1).toISOString() }]);
    expect(timeline(imported).find((entry) => entry.kind === 'phrase')).toMatchObject({ text: null });
    // The same import again changes nothing; nor does the format 3 file of the same use (null text).
    expect(await importNotes(other, JSON.stringify(old))).toMatchObject({ ok: true, unchanged: 1 });
    await importNotes(other, JSON.stringify(file));
    expect((await getRecord(other, 'zendesk:acme:4521'))!.phrases).toEqual([
      { ...USE, text: SAID, at: minutes(1).toISOString() },
    ]);
  });

  it('redacts the phrase text and the opening words with everything else', async () => {
    const db = freshDb();
    const c = conversation({
      messages: [{ ...conversation().messages[0]!, text: 'Maria here, mail me at maria@example.com' }],
    });
    await recordInteraction(db, c, guidance({ completed: [], signals: [] }), { at: T0, url: null });
    await recordPhraseUse(db, TICKET, { ...USE, text: SAID }, minutes(1));
    const file = JSON.parse(await json(db, { emails: true, phones: true, names: true }));
    const [record] = file.records;
    expect(record.opening).toBe('[name] here, mail me at [email]');
    expect(record.phrases[0].text).toBe('[name], I am sorry. Call me on [phone] or write to [email].');
  });

  it('finds a record by its opening words', async () => {
    const db = await recorded();
    expect((await listRecords(db, { text: 'refund where' })).records.map((r) => r.id)).toEqual(['zendesk:acme:4521']);
  });
});
