import { StepId } from '../framework/steps';
import { instantMs } from './instants';
import type { InsightRecord, StepInsights } from './types';

const STEP_IDS = StepId.options;
const STEP_INDEX = new Map<string, number>(STEP_IDS.map((step, i) => [step, i]));
const MINUTE_MS = 60_000;

/** The middle value, or the mean of the two middle values of an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts by number (an array's sort compares as text).
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Minutes from the start to the first `listen` entry, or null without one. An acknowledgement stamped
 * before the start (clocks of two machines, merged) counts as 0 rather than pulling the median below it.
 */
function minutesToAcknowledge(record: InsightRecord): number | null {
  let first: string | null = null;
  for (const entry of record.steps)
    if (entry.step === 'listen' && (first === null || entry.at < first)) first = entry.at;
  if (first === null) return null;
  return Math.max(0, (instantMs(first) - instantMs(record.startedAt)) / MINUTE_MS);
}

/**
 * Steps performed and skipped across resolved conversations (a conversation still open may yet perform
 * them), and the median time to acknowledge across every conversation in the filter that has one (an
 * acknowledgement is as telling in a conversation still open).
 */
export function stepCounter() {
  const performed = STEP_IDS.map(() => 0);
  const minutes: number[] = [];
  let resolved = 0;
  return {
    add(record: InsightRecord): void {
      const toAcknowledge = minutesToAcknowledge(record);
      if (toAcknowledge !== null) minutes.push(toAcknowledge);
      if (record.status !== 'resolved') return;
      resolved++;
      let seen = 0;
      for (const entry of record.steps) seen |= 1 << STEP_INDEX.get(entry.step)!;
      for (let k = 0; seen !== 0; k++, seen >>>= 1) if (seen & 1) performed[k]!++;
    },
    result(): StepInsights {
      return {
        resolved,
        rows: STEP_IDS.map((step, k) => ({ step, performed: performed[k]!, skipped: resolved - performed[k]! })),
        medianMinutesToAcknowledge: median(minutes),
      };
    },
  };
}
