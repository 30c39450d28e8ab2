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
    await saveNotes(db, 'zendesk:1', { outcome: 'newer outcome' }, minutes(10));
    writeJournal([{ id: 'zendesk:1', patch: { text: 'typed before reload' }, at: minutes(5).getTime() }]);
    writeJournal([{ id: 'zendesk:1', patch: { outcome: 'stale outcome' }, at: minutes(6).getTime() }]);
    await replayJournal(db);
    expect((await getRecord(db, 'zendesk:1'))?.notes).toMatchObject({
      text: 'typed before reload',
      outcome: 'newer outcome',
    });
    expect(localStorage.getItem('steadyhand:notes-unsaved')).toBeNull();
  });

  it('ignores a damaged journal', async () => {
    localStorage.setItem('steadyhand:notes-unsaved', '{not json');
    await expect(replayJournal(freshDb())).resolves.toBeUndefined();
  });
});
