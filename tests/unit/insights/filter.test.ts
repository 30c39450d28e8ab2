import { describe, expect, it } from 'vitest';
import { computeInsights, type InsightOptions } from '@/lib/insights';
import { NOW, record } from './helpers';

// UTC days: 23:30 UTC on the 9th is the 10th in Madrid, but it is the 9th here on every machine.
const lateOn9th = record({ startedAt: '2025-03-09T23:30:00.000Z', tags: ['VIP'], agent: 'Ana' });
const first10th = record({ startedAt: '2025-03-10T00:00:00.000Z', helpdesk: 'intercom', tags: ['vip'] });
const last10th = record({ startedAt: '2025-03-10T23:59:59.999Z', tags: ['VIP', 'refund'], agent: 'Ana' });
const first11th = record({ startedAt: '2025-03-11T00:00:00.000Z', agent: 'Ben', followUpDate: '2025-03-01' });
const records = [lateOn9th, first10th, last10th, first11th];

const ids = (options: Omit<InsightOptions, 'now'>) => {
  const result = computeInsights(records, { now: NOW, ...options });
  return { total: result.total, overdue: result.followUps.overdue };
};

describe('the filter', () => {
  it('takes from and to as inclusive UTC days of startedAt', () => {
    expect(ids({ from: '2025-03-10', to: '2025-03-10' }).total).toBe(2);
    expect(ids({ from: '2025-03-10' }).total).toBe(3);
    expect(ids({ to: '2025-03-09' }).total).toBe(1);
    expect(ids({})).toEqual({ total: 4, overdue: [first11th.id] });
  });

  it('applies to every figure, follow-ups included', () => {
    expect(ids({ to: '2025-03-10' })).toEqual({ total: 3, overdue: [] });
  });

  it('matches helpdesk, tag (exactly) and agent', () => {
    expect(ids({ helpdesk: 'intercom' }).total).toBe(1);
    expect(ids({ tag: 'VIP' }).total).toBe(2);
    expect(ids({ tag: 'vip' }).total).toBe(1);
    expect(ids({ agent: 'Ana' }).total).toBe(2);
    expect(ids({ agent: 'Ana', tag: 'refund', from: '2025-03-10' }).total).toBe(1);
    expect(ids({ agent: 'Nobody' }).total).toBe(0);
  });

  it.each<[string, Partial<InsightOptions>]>([
    ['a day that does not exist', { from: '2025-02-30' }],
    ['a day without leading zeros', { to: '2025-3-1' }],
    ['an instant instead of a day', { from: '2025-03-01T00:00:00.000Z' }],
    ['from after to', { from: '2025-03-11', to: '2025-03-10' }],
    ['an unknown helpdesk', { helpdesk: 'freshdesk' as InsightOptions['helpdesk'] }],
    ['an invalid now', { now: new Date('not a date') }],
  ])('throws a RangeError for %s', (_, bad) => {
    expect(() => computeInsights(records, { now: NOW, ...bad })).toThrow(RangeError);
  });

  it('accepts a leap day and from equal to to', () => {
    expect(ids({ from: '2024-02-29', to: '2024-02-29' }).total).toBe(0);
  });
});
