import { StepId } from '../framework/steps';
import { instantMs } from './instants';
import type { InsightRecord, StepInsights } from './types';

const STEP_IDS = StepId.options;
const STEP_INDEX = new Map<string, number>(STEP_IDS.map((step, i) => [step, i]));
const LISTEN = STEP_INDEX.get('listen')!;
const MINUTE_MS = 60_000;

/** The middle value, or the mean of the two middle values of an even count; null for none. */
export function median(values: readonly number[] | Float64Array): number | null {
  if (values.length === 0) return null;
  // A typed array sorts by number (an array's sort compares as text).
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Minutes from the start to an acknowledgement; one stamped before the start (clocks of two machines,
 * merged) counts as 0 rather than pulling the median below it. */
const minutesFrom = (startedAt: string, acknowledgedAt: string): number =>
  Math.max(0, (instantMs(acknowledgedAt) - instantMs(startedAt)) / MINUTE_MS);

/**
 * Steps performed and skipped across resolved conversations (a conversation still open may yet perform
 * them), and the median time to the first acknowledgement (`listen` entry) across every conversation in the
 * filter that has one (an acknowledgement is as telling in a conversation still open).
 */
export function stepCounter() {
  const performed = STEP_IDS.map(() => 0);
  // A typed list, doubled when full: a list of numbers grown by push is copied each time it outgrows itself.
  let minutes = new Float64Array(1024);
  let acknowledged = 0;
  let resolved = 0;
  return {
    add(record: InsightRecord): void {
      let seen = 0;
      let first: string | null = null;
      for (const entry of record.steps) {
        const k = STEP_INDEX.get(entry.step)!;
        seen |= 1 << k;
        if (k === LISTEN && (first === null || entry.at < first)) first = entry.at;
      }
      if (first !== null) {
        if (acknowledged === minutes.length) {
          const bigger = new Float64Array(minutes.length * 2);
          bigger.set(minutes);
          minutes = bigger;
        }
        minutes[acknowledged++] = minutesFrom(record.startedAt, first);
      }
      if (record.status !== 'resolved') return;
      resolved++;
      for (let k = 0; seen !== 0; k++, seen >>>= 1) if (seen & 1) performed[k]!++;
    },
    result(): StepInsights {
      return {
        resolved,
        rows: STEP_IDS.map((step, k) => ({ step, performed: performed[k]!, skipped: resolved - performed[k]! })),
        medianMinutesToAcknowledge: median(minutes.subarray(0, acknowledged)),
      };
    },
  };
}
