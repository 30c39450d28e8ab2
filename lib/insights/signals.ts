import { SignalKind } from '../framework/guidance';
import { dayNumber, dayText, mondayOf } from './instants';
import type { InsightRecord, SignalWeek } from './types';

const KINDS = SignalKind.options;
const KIND_INDEX = new Map<string, number>(KINDS.map((kind, i) => [kind, i]));

interface Week {
  started: number;
  /** Conversations showing each kind, in `SignalKind` order. */
  showing: number[];
}

/** Counts, per ISO week of `startedAt` (UTC), conversations started and those showing each signal. */
export function signalCounter() {
  /** By the week's Monday, a day number. */
  const weeks = new Map<number, Week>();
  // Records come about in order of time (ids hold ticket numbers), so most share the week before theirs.
  let lastKey = NaN;
  let week: Week = { started: 0, showing: [] };
  return {
    add(record: InsightRecord): void {
      const key = mondayOf(dayNumber(record.startedAt));
      if (key !== lastKey) {
        lastKey = key;
        let known = weeks.get(key);
        if (!known) {
          known = { started: 0, showing: KINDS.map(() => 0) };
          weeks.set(key, known);
        }
        week = known;
      }
      week.started++;
      // A signal is recorded once per message it showed in: a bit per kind counts the conversation once.
      let seen = 0;
      for (const signal of record.signals) seen |= 1 << KIND_INDEX.get(signal.kind)!;
      for (let k = 0; seen !== 0; k++, seen >>>= 1) if (seen & 1) week.showing[k]!++;
    },
    /** One row per week and kind that occurred, by week, then in `SignalKind` order. */
    result(): SignalWeek[] {
      return [...weeks.keys()]
        .sort((a, b) => a - b)
        .flatMap((key) => {
          const { started, showing } = weeks.get(key)!;
          const week = dayText(key);
          return KINDS.flatMap((kind, k) => {
            const conversations = showing[k]!;
            return conversations ? [{ week, kind, conversations, started, rate: conversations / started }] : [];
          });
        });
    },
  };
}
