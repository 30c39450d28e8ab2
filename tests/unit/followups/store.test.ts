// The reminders store and the panel's "due" list: one reminder per ticket, past-due ones and notes'
// follow-up dates listed once per ticket, resolved tickets left out.
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteReminder,
  dueFollowUps,
  getReminder,
  listReminders,
  markFired,
  openFollowupsDb,
  saveReminder,
  type FollowupsDb,
  type Reminder,
} from '@/lib/followups';
import { openNotesDb, saveNotes, type NotesDb } from '@/lib/notes';

let count = 0;
const open: Array<FollowupsDb | NotesDb> = [];
function dbs() {
  count += 1;
  const followups = openFollowupsDb(`followups-test-${count}`);
  const notes = openNotesDb(`followups-notes-test-${count}`);
  open.push(followups, notes);
  return { followups, notes };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const NOW = new Date(2026, 11, 2, 10, 30);
const reminder = (recordId: string, at: Date, extra: Partial<Reminder> = {}): Reminder => ({
  recordId,
  at: at.toISOString(),
  url: `https://acme.zendesk.com/agent/tickets/${recordId.split(':')[2]}`,
  title: 'Double charge',
  words: 'by Friday',
  createdAt: NOW.toISOString(),
  firedAt: null,
  ...extra,
});

describe('reminders store', () => {
  it('keeps one reminder per ticket, soonest first, and forgets a removed one', async () => {
    const { followups } = dbs();
    await saveReminder(followups, reminder('zendesk:acme:2', new Date(2026, 11, 4, 17)));
    await saveReminder(followups, reminder('zendesk:acme:1', new Date(2026, 11, 3, 9)));
    await saveReminder(followups, reminder('zendesk:acme:1', new Date(2026, 11, 3, 15)));
    expect((await listReminders(followups)).map((r) => r.recordId)).toEqual(['zendesk:acme:1', 'zendesk:acme:2']);
    expect((await getReminder(followups, 'zendesk:acme:1'))?.at).toBe(new Date(2026, 11, 3, 15).toISOString());
    await markFired(followups, 'zendesk:acme:2', NOW);
    expect((await getReminder(followups, 'zendesk:acme:2'))?.firedAt).toBe(NOW.toISOString());
    await deleteReminder(followups, 'zendesk:acme:1');
    expect(await getReminder(followups, 'zendesk:acme:1')).toBeUndefined();
  });

  it('refuses a reminder that fails its schema', async () => {
    const { followups } = dbs();
    await expect(saveReminder(followups, { ...reminder('zendesk:acme:1', NOW), at: 'Friday' })).rejects.toThrow();
  });
});

describe('dueFollowUps', () => {
  it('lists follow-up dates due today or earlier and reminders past due, once per ticket, not resolved ones', async () => {
    const { followups, notes } = dbs();
    await saveNotes(notes, 'zendesk:acme:10', { followUpDate: '2026-12-01' });
    await saveNotes(notes, 'zendesk:acme:11', { followUpDate: '2026-12-02' });
    await saveNotes(notes, 'zendesk:acme:12', { followUpDate: '2026-12-05' });
    await saveNotes(notes, 'zendesk:acme:13', { followUpDate: '2026-11-30', status: 'resolved' });
    await saveReminder(followups, reminder('zendesk:acme:11', new Date(2026, 11, 2, 9)));
    await saveReminder(followups, reminder('zendesk:acme:14', new Date(2026, 11, 2, 8), { title: null }));
    await saveReminder(followups, reminder('zendesk:acme:15', new Date(2026, 11, 2, 17)));
    await saveReminder(followups, reminder('zendesk:acme:13', new Date(2026, 11, 1, 17)));

    const due = await dueFollowUps(notes, followups, NOW);
    expect(due.map((item) => [item.recordId, item.overdue])).toEqual([
      ['zendesk:acme:10', true],
      ['zendesk:acme:14', true],
      ['zendesk:acme:11', true],
    ]);
    expect(due[1]).toMatchObject({ title: null, ticketId: '14', url: 'https://acme.zendesk.com/agent/tickets/14' });
  });

  it('never links a reminder to a page that is not its ticket’s', async () => {
    const { followups, notes } = dbs();
    await saveReminder(
      followups,
      reminder('zendesk:acme:20', new Date(2026, 11, 1), { url: 'https://evil.example/agent/tickets/20' }),
    );
    expect((await dueFollowUps(notes, followups, NOW))[0]?.url).toBeNull();
  });
});
