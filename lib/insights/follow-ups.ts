import type { FollowUps, InsightRecord } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** `now`'s date where the agent is: a follow-up is due on the agent's calendar day, not on UTC's. */
export const localDay = (now: Date): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** Unresolved conversations whose follow-up date is today (due) or past (overdue), ids sorted. */
export function followUpCounter(now: Date) {
  const today = localDay(now);
  const due: string[] = [];
  const overdue: string[] = [];
  return {
    add(record: InsightRecord): void {
      const date = record.notes.followUpDate;
      if (date === null || record.status === 'resolved') return;
      if (date === today) due.push(record.id);
      else if (date < today) overdue.push(record.id);
    },
    result(): FollowUps {
      return { due: due.sort(), overdue: overdue.sort() };
    },
  };
}
