import { describe, expect, it } from 'vitest';
import { computeInsights } from '@/lib/insights';
import { NOW, record } from './helpers';

describe('signals per ISO week', () => {
  it('counts each conversation once per kind, over the conversations started that week', () => {
    const records = [
      // Wednesday 2025-01-01: its ISO week starts on Monday 2024-12-30, across the year's turn.
      record({ startedAt: '2025-01-01T10:00:00.000Z', signals: ['demanding'] }),
      // Week of Monday 2025-03-10: A (angry twice, churn-risk), B (angry, the week's last millisecond), C (none).
      record({ startedAt: '2025-03-10T00:00:00.000Z', signals: ['angry', 'angry', 'churn-risk'] }),
      record({ startedAt: '2025-03-16T23:59:59.999Z', signals: ['angry'] }),
      record({ startedAt: '2025-03-12T12:00:00.000Z' }),
      // Monday 2025-03-17 at midnight UTC: the next week.
      record({ startedAt: '2025-03-17T00:00:00.000Z', signals: ['abusive'] }),
    ];
    expect(computeInsights(records, { now: NOW }).signals).toEqual([
      { week: '2024-12-30', kind: 'demanding', conversations: 1, started: 1, rate: 1 },
      // 2 of the 3 conversations started that week were angry; 1 of 3 a churn risk.
      { week: '2025-03-10', kind: 'angry', conversations: 2, started: 3, rate: 2 / 3 },
      { week: '2025-03-10', kind: 'churn-risk', conversations: 1, started: 3, rate: 1 / 3 },
      { week: '2025-03-17', kind: 'abusive', conversations: 1, started: 1, rate: 1 },
    ]);
  });

  it('lists kinds in the framework order within a week, and no row for a week without signals', () => {
    const records = [
      record({ startedAt: '2025-03-11T08:00:00.000Z', signals: ['public-complaint', 'indecisive'] }),
      record({ startedAt: '2025-03-11T09:00:00.000Z', signals: ['abusive'] }),
      record({ startedAt: '2025-03-18T09:00:00.000Z' }),
    ];
    // SignalKind order: angry, abusive, demanding, indecisive, churn-risk, public-complaint.
    expect(computeInsights(records, { now: NOW }).signals.map((row) => [row.kind, row.rate])).toEqual([
      ['abusive', 0.5],
      ['indecisive', 0.5],
      ['public-complaint', 0.5],
    ]);
  });

  it('is empty without records', () => {
    expect(computeInsights([], { now: NOW })).toEqual({
      total: 0,
      signals: [],
      steps: {
        resolved: 0,
        rows: ['listen', 'empathize', 'clarify', 'solve', 'act', 'document'].map((step) => ({
          step,
          performed: 0,
          skipped: 0,
        })),
        medianMinutesToAcknowledge: null,
      },
      themes: [],
      phrases: [],
      followUps: { due: [], overdue: [] },
    });
  });
});
