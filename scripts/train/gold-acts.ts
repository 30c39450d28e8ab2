import { readAgent } from '../../lib/framework/agent-acts.ts';
import { readCustomer } from '../../lib/framework/customer-acts.ts';
import { decide } from '../../lib/framework/decide.ts';
import type { Transcript } from '../../lib/framework/transcript.ts';
import type { Guidance } from '../../lib/framework/guidance.ts';
import { mergeAgent, mergeCustomer } from '../../lib/framework/learned.ts';
import type { ActModel, RoleModel } from '../../lib/framework/model/act-model.ts';
import type { MessageScores } from '../../lib/framework/model/detector.ts';
import { cueReaderFor, readWith } from '../../lib/framework/reading.ts';
import type { CorpusConversation, CorpusTurn } from '../corpus/schema.ts';

/** Scores that say exactly what the labels say: a detector fires for each labelled act or signal. */
function goldScores(role: RoleModel, labels: readonly string[], text: string): MessageScores {
  const present = new Set(labels);
  const logits = Float32Array.from(role.detectors, (d) => (present.has(d.name) ? 20 : -20));
  return { logits, probability: (d) => 1 / (1 + Math.exp(-logits[d]!)), quote: () => text };
}

/**
 * The step the rules give when every act is read exactly as labelled: the ceiling any act detector can
 * reach on the corpus, and a check of how far the labelled steps follow the rules over the labelled acts.
 */
export function goldActsGuidance(c: CorpusConversation, last: number, model: ActModel): Guidance {
  const cues = cueReaderFor(undefined, c.lang);
  const turns: readonly CorpusTurn[] = c.turns.slice(0, last + 1);
  const reads = turns.map((turn) => {
    if (turn.role !== 'customer' && turn.role !== 'agent') return null;
    const { info, hits } = readWith(cues, turn.text);
    if (turn.role === 'customer') {
      const read = readCustomer(info, hits, cues.profanity(info, hits));
      return mergeCustomer(
        read,
        model.customer,
        goldScores(model.customer, [...turn.acts, ...turn.signals], turn.text),
        'learned',
      ).read;
    }
    return mergeAgent(readAgent(info, hits), model.agent, goldScores(model.agent, turn.acts, turn.text), 'learned')
      .read;
  });
  const t: Transcript = {
    size: turns.length,
    kind: (i) => turns[i]!.role,
    id: (i) => `t${i}`,
    customer: (i) => reads[i] as never,
    agent: (i) => reads[i] as never,
  };
  return decide(t);
}
