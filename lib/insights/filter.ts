import { HelpdeskId } from '../conversation/model';
import type { InsightOptions, InsightRecord } from './types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written `YYYY-MM-DD` ("2025-02-30" is not one). */
export function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Which records the options select. Throws a RangeError for options no caller should send: a date that is
 * not a real `YYYY-MM-DD` day, `from` after `to`, an unknown helpdesk or an invalid `now`, so a bad filter
 * fails loudly instead of showing an empty report.
 */
export function recordFilter(options: InsightOptions): (record: InsightRecord) => boolean {
  const { from, to, helpdesk, tag, agent } = options;
  if (Number.isNaN(options.now.getTime())) throw new RangeError('insights: `now` is an invalid Date');
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && !isDay(value)) throw new RangeError(`insights: \`${name}\` must be a YYYY-MM-DD day`);
  }
  if (from !== undefined && to !== undefined && from > to) {
    throw new RangeError(`insights: \`from\` (${from}) is after \`to\` (${to})`);
  }
  if (helpdesk !== undefined && !HelpdeskId.options.includes(helpdesk)) {
    throw new RangeError(`insights: unknown helpdesk ${String(helpdesk)}`);
  }
  // Days are UTC days: every stored instant is `Date#toISOString()` (model.ts), so it starts with its UTC
  // day, and the machine's time zone would make the same records filter differently on two machines.
  // Compared as text, without cutting the day out: an instant sorts after its own day and before that day
  // followed by U+FFFF.
  const end = to === undefined ? undefined : `${to}\uffff`;
  return (record) => {
    if (from !== undefined && record.startedAt < from) return false;
    if (end !== undefined && record.startedAt > end) return false;
    if (helpdesk !== undefined && record.helpdesk !== helpdesk) return false;
    if (tag !== undefined && !record.notes.tags.includes(tag)) return false;
    return agent === undefined || record.agent === agent;
  };
}
