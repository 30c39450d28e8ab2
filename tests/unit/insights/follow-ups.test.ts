import { describe, expect, it } from 'vitest';
import { computeInsights } from '@/lib/insights';
import { record } from './helpers';

describe('follow-ups', () => {
  const dueToday = record({ ticketId: 'due', followUpDate: '2025-03-12' });
  const late = record({ ticketId: 'late', status: 'follow-up', followUpDate: '2025-03-11' });
  const older = record({ ticketId: 'older', followUpDate: '2024-12-31' });
  const done = record({ ticketId: 'done', status: 'resolved', followUpDate: '2025-03-11' });
  const future = record({ ticketId: 'future', followUpDate: '2025-03-13' });
  const none = record({ ticketId: 'none' });
  const records = [future, older, late, dueToday, done, none];

  it("compares with now's local date, just after local midnight", () => {
    // Built from local fields: 00:30 on 12 March wherever the tests run, whatever that is in UTC.
    const now = new Date(2025, 2, 12, 0, 30);
    expect(computeInsights(records, { now }).followUps).toEqual({
      due: [dueToday.id],
      overdue: [late.id, older.id].sort(),
    });
  });

  it('and just before it: the same follow-ups a day earlier', () => {
    const now = new Date(2025, 2, 11, 23, 59, 59, 999);
    expect(computeInsights(records, { now }).followUps).toEqual({ due: [late.id], overdue: [older.id] });
  });
});
