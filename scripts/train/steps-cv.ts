import type { Conversation } from '../../lib/conversation/model.ts';
import { analyze } from '../../lib/framework/analyze.ts';
import type { ActSource } from '../../lib/framework/learned.ts';
import type { ActModel } from '../../lib/framework/model/act-model.ts';
import type { SignalKind } from '../../lib/framework/guidance.ts';
import { asConversation } from '../eval/dataset.ts';
import { score, type Outcome } from '../eval/metrics.ts';
import { cutPoints, type CorpusConversation } from '../corpus/schema.ts';
import { goldActsGuidance } from './gold-acts.ts';

/** Turns 0..last of a corpus conversation as the helpdesk reader would give it; notes are internal agent messages. */
export function corpusConversation(c: CorpusConversation, last: number): Conversation {
  const turns = c.turns.slice(0, last + 1);
  return asConversation(
    c.id,
    null,
    turns.map((turn) => ({
      role: turn.role === 'note' ? 'agent' : turn.role,
      internal: turn.role === 'note',
      text: turn.text,
    })),
  );
}

/** Where the acts come from in the ablation: the three engine modes, and the labels themselves. */
export type AblationSource = ActSource | 'labelled';
export const SOURCES: readonly AblationSource[] = ['rules', 'learned', 'both', 'labelled'];

/** Outcomes at every cut point of `conversations` with the given model and act source. */
export function outcomesOf(
  conversations: readonly CorpusConversation[],
  model: ActModel,
  acts: AblationSource,
): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const c of conversations) {
    for (const cut of cutPoints(c.turns)) {
      const turn = c.turns[cut]!;
      if (turn.role !== 'customer' || !turn.step) continue;
      const guidance =
        acts === 'labelled'
          ? goldActsGuidance(c, cut, model)
          : analyze(corpusConversation(c, cut), { locale: c.lang, model, acts });
      // The gold signals of a cut describe the customer's latest run: every customer turn since the last reply.
      const gold = new Set<SignalKind>();
      for (let i = cut; i >= 0 && c.turns[i]!.role !== 'agent' && c.turns[i]!.role !== 'bot'; i--) {
        const t = c.turns[i]!;
        if (t.role === 'customer') for (const s of t.signals) gold.add(s);
      }
      outcomes.push({
        gold: turn.step,
        predicted: guidance.step,
        goldSignals: gold,
        predictedSignals: new Set(guidance.signals.map((s) => s.kind)),
      });
    }
  }
  return outcomes;
}

/** Step accuracy on held-out folds of the corpus, for each act source. */
export function stepsByFold(
  conversations: readonly CorpusConversation[],
  foldOf: ReadonlyMap<string, number>,
  models: readonly ActModel[],
) {
  const rows = SOURCES.map((acts) => {
    const outcomes = models.flatMap((model, k) =>
      outcomesOf(
        conversations.filter((c) => foldOf.get(c.id) === k),
        model,
        acts,
      ),
    );
    const s = score(outcomes);
    const f1 = (kind: SignalKind) => s.signals.find((x) => x.kind === kind)?.f1 ?? null;
    return {
      acts,
      points: s.points,
      exact: s.exact,
      withinOne: s.withinOne,
      angry: f1('angry'),
      abusive: f1('abusive'),
      demanding: f1('demanding'),
    };
  });
  const f = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
  const pct = (x: number) => (100 * x).toFixed(1) + '%';
  const table = [
    '| acts from | points | exact step | within one | angry F1 | abusive F1 | demanding F1 |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.acts} | ${r.points} | ${pct(r.exact)} | ${pct(r.withinOne)} | ${f(r.angry)} | ${f(r.abusive)} | ${f(r.demanding)} |`,
    ),
  ].join('\n');
  return { rows, table };
}
