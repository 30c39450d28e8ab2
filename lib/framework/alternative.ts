import { decide } from './decide';
import type { Transcript } from './transcript';
import { latestRun } from './latest-run';
import { flipped as flippedValue, type Borderline } from './learned';
import type { GuidanceStep } from './steps';

/** How many near-threshold detections are tried: the closest few decide whether the answer is shaky. */
const TRIES = 3;

/** The latest customer turns and the agent's reply before them: what the step rests on. */
function latestTurns(t: Transcript): number[] {
  const { run, reply } = latestRun(t);
  return reply >= 0 && t.kind(reply) === 'agent' ? [...run, reply] : run;
}

/**
 * The step the rules would choose had the detection nearest its threshold gone the other way, when that
 * changes the step: the agent sees "or …" beside a decision that rests on a close call.
 */
export function alternativeStep(
  t: Transcript,
  step: GuidanceStep,
  borderline: (index: number) => readonly Borderline[],
): GuidanceStep | null {
  const candidates = latestTurns(t)
    .flatMap((index) => borderline(index).map((b) => ({ index, ...b })))
    .sort((a, b) => a.margin - b.margin)
    .slice(0, TRIES);
  for (const c of candidates) {
    const value = flippedValue(c);
    const customer = t.kind(c.index) === 'customer';
    const flipped: Transcript = {
      ...t,
      customer: (i) => (customer && i === c.index ? { ...t.customer(i), [c.field]: value } : t.customer(i)),
      agent: (i) => (!customer && i === c.index ? { ...t.agent(i), [c.field]: value } : t.agent(i)),
    };
    const other = decide(flipped).step;
    if (other !== step) return other;
  }
  return null;
}
