// What the panel lists under "Follow-ups due": tickets whose follow-up date (the notes') is today or
// earlier and that are not resolved, and reminders whose moment has come, one entry per ticket.
import { ticketLink, type InteractionRecord, type NotesDb } from '../notes';
import { parseRecordId } from '../notes/key';
import type { FollowupsDb, Reminder } from './store';
import { listReminders } from './store';

export interface DueFollowUp {
  recordId: string;
  /** The subject, or null when the record has none (the panel shows the ticket number). */
  title: string | null;
  ticketId: string;
  /** The ticket's own page, or null when the record has no safe link. */
  url: string | null;
  /** The reminder's moment (ISO), or the follow-up date (YYYY-MM-DD) when only the notes have one. */
  due: string;
  /** Due before today (a date) or before now (a reminder). */
  overdue: boolean;
}

/** YYYY-MM-DD of `date` in local time: the day the agent's calendar shows. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The reminder's link, only when it is the ticket's own page (an address from elsewhere is never opened). */
export function reminderLink(reminder: Pick<Reminder, 'recordId' | 'url'>): string | null {
  try {
    return ticketLink({ ...parseRecordId(reminder.recordId), url: reminder.url });
  } catch {
    return null;
  }
}

function fromRecord(record: InteractionRecord, today: string): DueFollowUp {
  const due = record.notes.followUpDate!;
  return {
    recordId: record.id,
    title: record.subject,
    ticketId: record.ticketId,
    url: ticketLink(record),
    due,
    overdue: due < today,
  };
}

function fromReminder(reminder: Reminder, now: Date): DueFollowUp {
  return {
    recordId: reminder.recordId,
    title: reminder.title,
    ticketId: parseRecordIdSafe(reminder.recordId),
    url: reminderLink(reminder),
    due: reminder.at,
    overdue: new Date(reminder.at) < now,
  };
}

function parseRecordIdSafe(id: string): string {
  try {
    return parseRecordId(id).ticketId;
  } catch {
    return id;
  }
}

/** Follow-ups due now or overdue, most overdue first; a ticket with both a date and a reminder is listed once. */
export async function dueFollowUps(notes: NotesDb, followups: FollowupsDb, now = new Date()): Promise<DueFollowUp[]> {
  const today = localDay(now);
  const [rows, reminders] = await Promise.all([
    notes.records
      .where('status')
      .anyOf('open', 'follow-up')
      .filter((row) => row.notes.followUpDate !== null && row.notes.followUpDate <= today)
      .toArray(),
    listReminders(followups),
  ]);
  const byId = new Map<string, DueFollowUp>();
  for (const row of rows) byId.set(row.id, fromRecord(row, today));
  const resolved = new Set(
    (await notes.records.where('status').equals('resolved').primaryKeys()).filter((id) => typeof id === 'string'),
  );
  for (const reminder of reminders) {
    if (new Date(reminder.at) > now || resolved.has(reminder.recordId)) continue;
    const entry = fromReminder(reminder, now);
    const dated = byId.get(reminder.recordId);
    byId.set(reminder.recordId, {
      ...entry,
      title: entry.title ?? dated?.title ?? null,
      url: entry.url ?? dated?.url ?? null,
    });
  }
  return [...byId.values()].sort((a, b) => a.due.localeCompare(b.due));
}
