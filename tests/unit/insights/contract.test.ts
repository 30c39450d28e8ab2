import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeInsights, type InsightRecord } from '@/lib/insights';
import { InteractionRecord } from '@/lib/notes/model';
import { recordArb } from '../notes/helpers';
import { record } from './helpers';

describe('the insights contract', () => {
  it('builds valid records in these tests', () => {
    const r = record({ status: 'resolved', steps: [['listen', 1]], signals: ['angry'], tags: ['a'] });
    expect(InteractionRecord.safeParse(r).success).toBe(true);
  });

  it('accepts every record that passes InteractionRecord, labelled with an agent or not', () => {
    const labelled = fc.tuple(recordArb, fc.option(fc.constantFrom('Ana', 'Ben'), { nil: undefined }));
    fc.assert(
      fc.property(fc.array(labelled, { maxLength: 12 }), (pairs) => {
        expect(pairs.every(([r]) => InteractionRecord.safeParse(r).success)).toBe(true);
        const records: InsightRecord[] = pairs.map(([r, agent]) => (agent ? { ...r, agent } : r));
        const result = computeInsights(records, { now: new Date('2025-03-12T12:00:00.000Z') });
        expect(result.total).toBe(records.length);
        const resolved = records.filter((r) => r.status === 'resolved').length;
        expect(result.steps.rows.every((row) => row.performed + row.skipped === resolved)).toBe(true);
        expect(result.signals.every((row) => row.rate > 0 && row.rate <= 1)).toBe(true);
        // Pure: the same records give the same figures.
        expect(computeInsights(records, { now: new Date('2025-03-12T12:00:00.000Z') })).toEqual(result);
      }),
    );
  });
});
