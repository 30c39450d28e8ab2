import { AGENT_ACTS, CUSTOMER_ACTS } from '../../lib/framework/acts.ts';
import { SignalKind } from '../../lib/framework/guidance.ts';
import { featuresOf } from '../../lib/framework/model/features.ts';
import { cueReaderFor, readWith } from '../../lib/framework/reading.ts';
import type { CorpusConversation } from '../corpus/schema.ts';

export type Side = 'customer' | 'agent';

/** What each side's detectors learn: every act of that side; the customer's also learn the signals. */
export const HEADS: Readonly<Record<Side, readonly string[]>> = {
  customer: [...CUSTOMER_ACTS, ...SignalKind.options],
  agent: [...AGENT_ACTS],
};

/** One labelled turn as training sees it: its hashed features and which detectors should fire. */
export interface Example {
  conversation: string;
  indices: Int32Array;
  signs: Int8Array;
  labels: Uint8Array;
}

export function examplesOf(conversations: readonly CorpusConversation[], side: Side): Example[] {
  const heads = HEADS[side];
  const examples: Example[] = [];
  for (const c of conversations) {
    const reader = cueReaderFor(undefined, c.lang);
    for (const turn of c.turns) {
      if (turn.role !== side) continue;
      const { info, hits } = readWith(reader, turn.text);
      // Agents are not checked for profanity at detection time either (see analyze.ts).
      const profane = turn.role === 'customer' && reader.profanity(info, hits).length > 0;
      const features = featuresOf(info, profane);
      const present = new Set<string>(turn.role === 'customer' ? [...turn.acts, ...turn.signals] : turn.acts);
      examples.push({
        conversation: c.id,
        indices: Int32Array.from(features, (f) => f.index),
        signs: Int8Array.from(features, (f) => f.sign),
        labels: Uint8Array.from(heads, (h) => (present.has(h) ? 1 : 0)),
      });
    }
  }
  return examples;
}
