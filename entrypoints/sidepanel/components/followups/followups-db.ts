import { openFollowupsDb, type FollowupsDb } from '@/lib/followups';

let db: FollowupsDb | null = null;

/** The panel's one connection to the reminders database, opened on first use. */
export function followupsDb(): FollowupsDb {
  return (db ??= openFollowupsDb());
}
