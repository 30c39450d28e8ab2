// Insights over interaction records (issue 14): pure and deterministic, one pass over the records.
// What each figure means and the decisions behind it: README.md.
import { recordFilter } from './filter';
import { followUpCounter } from './follow-ups';
import { phraseCounter } from './phrases';
import { signalCounter } from './signals';
import { stepCounter } from './steps';
import { themeCounter } from './themes';
import type { InsightOptions, InsightRecord, Insights } from './types';

export type * from './types';
export { MAX_THEMES, MIN_CONVERSATIONS } from './themes';

/** Every figure of the insights page for the records the options select. Throws RangeError on bad options. */
export function computeInsights(records: readonly InsightRecord[], options: InsightOptions): Insights {
  const keep = recordFilter(options);
  const signals = signalCounter();
  const steps = stepCounter();
  const themes = themeCounter(records.length);
  const phrases = phraseCounter();
  const followUps = followUpCounter(options.now);
  let total = 0;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (!keep(record)) continue;
    total++;
    signals.add(record);
    steps.add(record);
    themes.add(record);
    phrases.add(record);
    followUps.add(record);
  }
  return {
    total,
    signals: signals.result(),
    steps: steps.result(),
    themes: themes.result(),
    phrases: phrases.result(),
    followUps: followUps.result(),
  };
}
