import { describe, expect, it } from 'vitest';
import { computeInsights } from '@/lib/insights';
import { median } from '@/lib/insights/steps';
import { NOW, record } from './helpers';

const steps = (records: Parameters<typeof computeInsights>[0]) => computeInsights(records, { now: NOW }).steps;

describe('framework steps', () => {
  it('counts performed and skipped over resolved conversations, in framework order', () => {
    const result = steps([
      record({
        status: 'resolved',
        steps: [
          ['listen', 5],
          ['empathize', 6],
          ['solve', 9],
        ],
      }),
      // The same step twice still performs it once.
      record({
        status: 'resolved',
        steps: [
          ['listen', 1],
          ['act', 3],
          ['act', 4],
        ],
      }),
      record({ status: 'resolved' }),
      // Not resolved: not in the step counts (but in the median below).
      record({
        status: 'open',
        steps: [
          ['listen', 10],
          ['document', 12],
        ],
      }),
      record({ status: 'follow-up', steps: [['clarify', 2]] }),
    ]);
    expect(result.resolved).toBe(3);
    expect(result.rows).toEqual([
      { step: 'listen', performed: 2, skipped: 1 },
      { step: 'empathize', performed: 1, skipped: 2 },
      { step: 'clarify', performed: 0, skipped: 3 },
      { step: 'solve', performed: 1, skipped: 2 },
      { step: 'act', performed: 1, skipped: 2 },
      { step: 'document', performed: 0, skipped: 3 },
    ]);
    // Minutes to acknowledge over every record with a listen entry: 5, 1, 10 → sorted 1, 5, 10 → 5.
    expect(result.medianMinutesToAcknowledge).toBe(5);
  });

  it('takes the mean of the two middle values for an even count', () => {
    const result = steps([
      record({ steps: [['listen', 1]] }),
      record({ steps: [['listen', 10]] }),
      record({ steps: [['listen', 2]] }),
      record({ steps: [['listen', 5]] }),
    ]);
    // 1, 2, 5, 10 → (2 + 5) / 2.
    expect(result.medianMinutesToAcknowledge).toBe(3.5);
  });

  it('keeps fractions of a minute and counts an acknowledgement stamped before the start as 0', () => {
    expect(steps([record({ steps: [['listen', 0.5]] })]).medianMinutesToAcknowledge).toBe(0.5);
    // -3 → 0 and 4 → mean 2.
    expect(
      steps([record({ steps: [['listen', -3]] }), record({ steps: [['listen', 4]] })]).medianMinutesToAcknowledge,
    ).toBe(2);
  });

  it('has no median without an acknowledgement', () => {
    expect(steps([record({ steps: [['empathize', 1]] })]).medianMinutesToAcknowledge).toBeNull();
  });

  it('measures a start and an acknowledgement across midnight, a month and a leap day', () => {
    const startedAt = '2024-02-29T23:50:00.000Z';
    // 2024-03-01T00:20:00.000Z: 30 minutes later.
    expect(steps([record({ startedAt, steps: [['listen', 30]] })]).medianMinutesToAcknowledge).toBe(30);
  });

  it('sorts numbers as numbers', () => {
    expect(median([10, 9, 100])).toBe(10);
    expect(median([])).toBeNull();
  });
});
