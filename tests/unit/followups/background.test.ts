// The background's reminders with WXT's fake browser (its alarms and notifications keep state and fire
// their events on `trigger`): an alarm per stored reminder, rebuilt at start-up, a notification when it
// rings, the ticket opened when the notification is clicked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  keepFollowUpReminders,
  openReminder,
  reminderName,
  restoreReminders,
  ringReminder,
  scheduleReminder,
} from '@/entrypoints/background/followups';
import { getReminder, openFollowupsDb, saveReminder, type FollowupsDb, type Reminder } from '@/lib/followups';

let count = 0;
const open: FollowupsDb[] = [];
function db(): FollowupsDb {
  const opened = openFollowupsDb(`followups-bg-test-${++count}`);
  open.push(opened);
  return opened;
}
afterEach(async () => {
  for (const opened of open.splice(0)) await opened.delete();
  vi.restoreAllMocks();
});

const NOW = new Date(2026, 11, 2, 10, 30);
const ID = 'zendesk:acme:4211';
const URL_4211 = 'https://acme.zendesk.com/agent/tickets/4211';
const reminder = (at: Date, extra: Partial<Reminder> = {}): Reminder => ({
  recordId: ID,
  at: at.toISOString(),
  url: URL_4211,
  title: 'Charged twice',
  words: 'by Friday',
  createdAt: NOW.toISOString(),
  firedAt: null,
  ...extra,
});
const FRIDAY = new Date(2026, 11, 4, 17);

describe('follow-up reminders in the background', () => {
  it('sets an alarm at the reminder’s moment, and clears it when the reminder goes', async () => {
    const store = db();
    await saveReminder(store, reminder(FRIDAY));
    await scheduleReminder(store, ID, NOW);
    expect(await fakeBrowser.alarms.get(reminderName(ID))).toMatchObject({ scheduledTime: FRIDAY.getTime() });
    await store.reminders.delete(ID);
    await scheduleReminder(store, ID, NOW);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('re-creates every future alarm at start-up, rings a past-due one once, and drops stray alarms', async () => {
    const store = db();
    await saveReminder(store, reminder(FRIDAY));
    await saveReminder(store, reminder(new Date(2026, 11, 1, 17), { recordId: 'zendesk:acme:7' }));
    await fakeBrowser.alarms.create(reminderName('zendesk:acme:gone'), { when: FRIDAY.getTime() });
    await restoreReminders(store, NOW);
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual([reminderName(ID)]);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([reminderName('zendesk:acme:7')]);
    expect((await getReminder(store, 'zendesk:acme:7'))?.firedAt).toBe(NOW.toISOString());
    // Once shown, a restart does not show it again.
    await fakeBrowser.notifications.clear(reminderName('zendesk:acme:7'));
    await restoreReminders(store, NOW);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('shows the ticket’s subject and the promised moment when the alarm rings', async () => {
    const store = db();
    await saveReminder(store, reminder(FRIDAY));
    await ringReminder(store, ID, FRIDAY);
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown[reminderName(ID)]).toMatchObject({
      type: 'basic',
      title: 'Follow up: Charged twice',
      message: expect.stringMatching(/^You promised an update by .*(17:00|05:00\sPM)/),
      contextMessage: '“by Friday”',
    });
  });

  it('opens the ticket when the notification is clicked, and clears the notification', async () => {
    const store = db();
    await saveReminder(store, reminder(FRIDAY));
    await ringReminder(store, ID, FRIDAY);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openReminder(store, reminderName(ID));
    expect(create).toHaveBeenCalledWith({ url: URL_4211 });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('never opens an address that is not the ticket’s own page', async () => {
    const store = db();
    await saveReminder(store, reminder(FRIDAY, { url: 'https://evil.example/agent/tickets/4211' }));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openReminder(store, reminderName(ID));
    await openReminder(store, 'someone-else:1');
    expect(create).not.toHaveBeenCalled();
  });

  it('wires the alarm, the click and start-up', async () => {
    const store = db();
    await saveReminder(store, reminder(new Date(Date.now() + 60_000)));
    keepFollowUpReminders(store);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(reminderName(ID))).toBeDefined());
    await fakeBrowser.alarms.onAlarm.trigger({ name: reminderName(ID), scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(reminderName(ID));
    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: URL_4211 }));
  });
});
