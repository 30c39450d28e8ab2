// Follow-ups (issue 14): promises of an update read from the agent's replies, reminders stored and listed.
export { findCommitment, type Commitment, type CommitmentLocale } from './commitment';
export { promiseTime } from './format';
export { dueFollowUps, localDay, reminderLink, type DueFollowUp } from './due';
export {
  FOLLOWUPS_DB_NAME,
  FollowupsDb,
  Reminder,
  deleteReminder,
  getReminder,
  listReminders,
  markFired,
  openFollowupsDb,
  saveReminder,
} from './store';
