// Scheduled reminders, one per ticket, in their own small database: the notes record keeps the follow-up
// date (a day, what the notes page and exports show), this keeps the moment to remind at and what the
// reminder says, so the notes schema and its export format stay as they are.
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { z } from 'zod/mini';

export const FOLLOWUPS_DB_NAME = 'steadyhand-followups';

const Instant = z.iso.datetime();

/** A reminder to update the customer: which ticket, when, and the words that promised it. */
export const Reminder = z.strictObject({
  /** The notes record's id (`zendesk:acme:4211`): one reminder per ticket. */
  recordId: z.string().check(z.minLength(1)),
  at: Instant,
  /** The ticket's page, opened when the notification is clicked (checked against the id before opening). */
  url: z.nullable(z.string()),
  /** The ticket's subject, for the notification and the panel's list. */
  title: z.nullable(z.string()),
  /** The agent's words that made the promise ("by Friday"), or '' when none were quoted. */
  words: z.string(),
  createdAt: Instant,
  /** When its notification was shown: a reminder fires once, then shows as overdue in the panel. */
  firedAt: z.nullable(Instant),
});
export type Reminder = z.infer<typeof Reminder>;

export class FollowupsDb extends Dexie {
  reminders!: Table<Reminder, string>;

  constructor(name = FOLLOWUPS_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ reminders: 'recordId, at' });
  }
}

/** `options` lets Node tests pass fake-indexeddb without touching globals. */
export function openFollowupsDb(name = FOLLOWUPS_DB_NAME, options?: DexieOptions): FollowupsDb {
  return new FollowupsDb(name, options);
}

/** Stores the ticket's reminder in place of any earlier one; a reminder that fails the schema is refused. */
export async function saveReminder(db: FollowupsDb, reminder: Reminder): Promise<Reminder> {
  const valid = Reminder.parse(reminder);
  await db.reminders.put(valid);
  return valid;
}

export function getReminder(db: FollowupsDb, recordId: string): Promise<Reminder | undefined> {
  return db.reminders.get(recordId);
}

export function deleteReminder(db: FollowupsDb, recordId: string): Promise<void> {
  return db.reminders.delete(recordId);
}

/** Every reminder, soonest first. */
export function listReminders(db: FollowupsDb): Promise<Reminder[]> {
  return db.reminders.orderBy('at').toArray();
}

/** Records that the reminder's notification was shown (at `at`), so a restart does not show it again. */
export async function markFired(db: FollowupsDb, recordId: string, at: Date): Promise<void> {
  await db.reminders.update(recordId, { firedAt: at.toISOString() });
}
