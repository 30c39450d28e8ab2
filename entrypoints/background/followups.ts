// Follow-up reminders (issue 14): an alarm per stored reminder, a notification when it rings, the ticket
// opened when the notification is clicked. The store (lib/followups) is the truth; alarms are only its
// schedule, so they are rebuilt from it whenever the service worker starts (browsers may drop alarms on a
// restart, and an extension update or reload drops them all). A reminder whose moment passed while the
// browser was closed rings at once, once: its notification is the overdue notice, and the panel then lists
// it under "Follow-ups due".
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { uiLocale } from '@/components/ui-locale';
import { errorText } from '@/lib/error-text';
import {
  getReminder,
  listReminders,
  markFired,
  openFollowupsDb,
  promiseTime,
  reminderLink,
  type FollowupsDb,
} from '@/lib/followups';
import { parseRecordId } from '@/lib/notes';
import { onMessage } from '@/lib/messaging';

const PREFIX = 'followup:';

/** The alarm's and the notification's name for a ticket's reminder. */
export const reminderName = (recordId: string) => `${PREFIX}${recordId}`;
const recordOf = (name: string) => (name.startsWith(PREFIX) ? name.slice(PREFIX.length) : null);

function ticketNumber(recordId: string): string {
  try {
    return parseRecordId(recordId).ticketId;
  } catch {
    return recordId;
  }
}

/** Shows the reminder's notification now and records that it was shown. */
export async function ringReminder(db: FollowupsDb, recordId: string, now = new Date()): Promise<void> {
  const reminder = await getReminder(db, recordId);
  if (!reminder) return;
  const subject = reminder.title ?? i18n.t('followUps.untitled', [ticketNumber(recordId)]);
  await browser.notifications.create(reminderName(recordId), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: i18n.t('followUps.notification.title', [subject]),
    message: i18n.t('followUps.promised', [promiseTime(new Date(reminder.at), uiLocale())]),
    ...(reminder.words ? { contextMessage: `“${reminder.words}”` } : {}),
  });
  await markFired(db, recordId, now);
}

/** Brings the ticket's alarm in line with its stored reminder: set, moved, rung at once when past, or cleared. */
export async function scheduleReminder(db: FollowupsDb, recordId: string, now = new Date()): Promise<void> {
  const reminder = await getReminder(db, recordId);
  if (!reminder || reminder.firedAt !== null) {
    await browser.alarms.clear(reminderName(recordId));
    return;
  }
  const when = Date.parse(reminder.at);
  if (when <= now.getTime()) {
    await browser.alarms.clear(reminderName(recordId));
    await ringReminder(db, recordId, now);
    return;
  }
  await browser.alarms.create(reminderName(recordId), { when });
}

/** Every stored reminder's alarm set again, and alarms whose reminder is gone cleared. */
export async function restoreReminders(db: FollowupsDb, now = new Date()): Promise<void> {
  const reminders = await listReminders(db);
  const kept = new Set(reminders.map((reminder) => reminderName(reminder.recordId)));
  for (const alarm of await browser.alarms.getAll()) {
    if (recordOf(alarm.name) !== null && !kept.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  for (const reminder of reminders) await scheduleReminder(db, reminder.recordId, now);
}

/**
 * Opens the ticket a clicked reminder is about (a tab already showing it is brought forward) and clears the
 * notification. Only the ticket's own page is opened (reminderLink), never another address from the store.
 */
export async function openReminder(db: FollowupsDb, notificationId: string): Promise<void> {
  const recordId = recordOf(notificationId);
  if (recordId === null) return;
  const reminder = await getReminder(db, recordId);
  const url = reminder ? reminderLink(reminder) : null;
  if (url) await showTab(url);
  await browser.notifications.clear(notificationId);
}

async function showTab(url: string): Promise<void> {
  // Finding a tab by address needs host access to it, which helpdesk pages have; anything else opens a tab.
  const open = await browser.tabs.query({ url: url.split('#')[0] }).catch(() => []);
  const tab = open[0];
  if (tab?.id === undefined) {
    await browser.tabs.create({ url });
    return;
  }
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

const report = (what: string) => (error: unknown) =>
  console.error(`Steadyhand: could not ${what} a follow-up reminder: ${errorText(error)}`);

/** Wires the reminders: listeners first (a service worker woken by an alarm needs them at once), then the schedule. */
export function keepFollowUpReminders(db: FollowupsDb = openFollowupsDb()): void {
  onMessage('followup:schedule', async ({ recordId }) => {
    await scheduleReminder(db, recordId);
    return null;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    const recordId = recordOf(alarm.name);
    if (recordId !== null) ringReminder(db, recordId).catch(report('show'));
  });
  const onClicked = (id: string) => void openReminder(db, id).catch(report('open'));
  browser.notifications.onClicked.addListener(onClicked);
  // Chromium offers tests no way to click a notification: the demo build lets the e2e call the very
  // listener the click reaches (the shipped build has no such hook).
  if (__STEADYHAND_DEMO__) Object.assign(globalThis, { steadyhandNotificationClicked: onClicked });
  const restore = () => void restoreReminders(db).catch(report('schedule'));
  browser.runtime.onStartup.addListener(restore);
  browser.runtime.onInstalled.addListener(restore);
  // A service worker also starts without either event (woken after being stopped): schedule now too.
  restore();
}
