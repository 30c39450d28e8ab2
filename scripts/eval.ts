/**
 * Measures the framework engine against hand labels.
 *
 *   npm run eval -- <conversations.jsonl> <labels.jsonl> [more-labels.jsonl …] [--acts rules|learned|both]
 *                   [--details] [--json]
 *
 * Each label says what the agent's next reply should do after a customer turn (see
 * ../shared/product/step-labels.md). The conversation is cut after that turn and analysed. Reports exact
 * step accuracy, accuracy within one step, a confusion matrix and precision/recall per signal, per label
 * file. --details lists every point (it quotes the engine's evidence, so keep its output out of the repo).
 */
import { basename } from 'node:path';
import { analyze, createAnalyzer, type AnalyzeOptions } from '../lib/framework/index.ts';
import type { ActSource } from '../lib/framework/learned.ts';
import { builtInModel } from '../lib/framework/model/built-in.ts';
import type { SignalKind } from '../lib/framework/guidance.ts';
import { readDialogues, readLabels, toConversation } from './eval/dataset.ts';
import { score, withinOne, type Outcome } from './eval/metrics.ts';
import { formatScores } from './eval/report.ts';

const args = process.argv.slice(2);
const actsAt = args.indexOf('--acts');
// Without --acts, the engine's own default: what ships.
const acts = actsAt >= 0 ? args.splice(actsAt, 2)[1] : undefined;
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [conversationsPath, ...labelPaths] = args.filter((a) => !a.startsWith('--'));
if (
  !conversationsPath ||
  labelPaths.length === 0 ||
  (acts !== undefined && !['rules', 'learned', 'both'].includes(acts))
) {
  console.error(
    'usage: npm run eval -- <conversations.jsonl> <labels.jsonl> [more.jsonl …] [--acts rules|learned|both] [--details] [--json]',
  );
  process.exit(2);
}
const options: AnalyzeOptions = acts ? { acts: acts as ActSource, model: builtInModel() } : {};

const dialogues = readDialogues(conversationsPath);
let divergent = 0;
const results: Array<{ file: string; scores: ReturnType<typeof score> }> = [];
const pooled: Outcome[] = [];

for (const path of labelPaths) {
  const outcomes: Outcome[] = [];
  for (const line of readLabels(path)) {
    const dialogue = dialogues.get(line.id);
    if (!dialogue) throw new Error(`${path}: no conversation ${line.id} in ${conversationsPath}`);
    // The incremental analyzer sees the same conversation grow; it must agree with analyze() every time.
    const analyzer = createAnalyzer(options);
    for (const label of [...line.labels].sort((a, b) => a.afterTurn - b.afterTurn)) {
      const conversation = toConversation(dialogue, label.afterTurn);
      const guidance = analyze(conversation, options);
      if (JSON.stringify(analyzer.analyze(conversation)) !== JSON.stringify(guidance)) divergent++;
      const predictedSignals = new Set<SignalKind>(guidance.signals.map((s) => s.kind));
      const goldSignals = new Set(label.signals.filter((s): s is SignalKind => s !== 'none'));
      outcomes.push({ gold: label.step, predicted: guidance.step, goldSignals, predictedSignals });
      if (flags.has('--details')) {
        const mark = label.step === guidance.step ? '  ' : withinOne(label.step, guidance.step) ? '~ ' : 'X ';
        const gold = [...goldSignals].join(',') || '-';
        const got = [...predictedSignals].join(',') || '-';
        console.log(`${mark}${line.id} @${label.afterTurn} ${label.step} -> ${guidance.step}  [${gold}] vs [${got}]`);
        console.log(`     ${guidance.reason}`);
      }
    }
  }
  results.push({ file: basename(path), scores: score(outcomes) });
  pooled.push(...outcomes);
}
// Several files are also reported as one: the figure for "every conversation we have labels for".
if (labelPaths.length > 1) results.push({ file: `pooled (${labelPaths.length} files)`, scores: score(pooled) });

if (flags.has('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const { file, scores } of results) console.log(`\n${formatScores(file, scores)}`);
}
if (divergent > 0) {
  console.error(`\n${divergent} point(s) where createAnalyzer() disagreed with analyze().`);
  process.exitCode = 1;
}
