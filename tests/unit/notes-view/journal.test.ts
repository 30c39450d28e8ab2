import { afterEach, describe, expect, it } from 'vitest';
import { replayJournal, writeJournal } from '@/lib/notes/unsaved-journal';
import { getRecord, saveNotes } from '@/lib/notes';
import { closeAll, freshDb, minutes } from '../notes/helpers';

afterEach(async () => {
  localStorage.clear();
  await closeAll();
});

describe('the unsaved-edits journal (what a page closed mid-save leaves)', () => {
  it('is saved by the next page with the edit times, so newer edits from elsewhere still win', async () => {
    const db = freshDb();
    await saveNotes(db, 'zendesk::1', { outcome: 'newer outcome' }, minutes(10));
    writeJournal([{ id: 'zendesk::1', patch: { text: 'typed before reload' }, at: minutes(5).getTime() }]);
    writeJournal([{ id: 'zendesk::1', patch: { outcome: 'stale outcome' }, at: minutes(6).getTime() }]);
    await replayJournal(db);
    expect((await getRecord(db, 'zendesk::1'))?.notes).toMatchObject({
      text: 'typed before reload',
      outcome: 'newer outcome',
    });
    expect(localStorage.getItem('steadyhand:notes-unsaved')).toBeNull();
  });

  it('saves what a page of the version before accounts left into the ticket’s record, account and all', async () => {
    const db = freshDb();
    await saveNotes(db, 'zendesk:acme:4521', { complaint: 'refund late' }, minutes(1));
    writeJournal([
      { id: 'zendesk:4521', patch: { outcome: 'refunded' }, at: minutes(2).getTime() },
      { id: 'intercom:77', patch: { text: 'call back' }, at: minutes(2).getTime() },
    ]);
    await replayJournal(db);
    expect(await db.records.toCollection().primaryKeys()).toEqual(['intercom::77', 'zendesk:acme:4521']);
    expect((await getRecord(db, 'zendesk:acme:4521'))?.notes).toMatchObject({
      complaint: 'refund late',
      outcome: 'refunded',
    });
    expect((await getRecord(db, 'intercom::77'))?.notes.text).toBe('call back');
    expect(localStorage.getItem('steadyhand:notes-unsaved')).toBeNull();
  });

  it('ignores a damaged journal', async () => {
    localStorage.setItem('steadyhand:notes-unsaved', '{not json');
    await expect(replayJournal(freshDb())).resolves.toBeUndefined();
  });
});
