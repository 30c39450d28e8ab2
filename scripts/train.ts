/**
 * Trains the act and signal detectors on the team's corpus (data/corpus/) and writes the model the engine
 * ships, lib/framework/model/acts-model.json. Deterministic: the same corpus and seed give the same bytes.
 *
 *   npm run train [-- --folds 5] [--seed N] [--epochs N] [--learning-rate X] [--l2 X]  [--max-upweight X]
 *                     [--min-precision X] *                     [--json report.json]
 *
 * Before the final model it runs k-fold cross-validation grouped by conversation: each detector's
 * threshold is the one with the best F1 on turns its model never saw, and the step accuracy of the rules
 * over the detectors (rules alone, learned alone, both) is measured on the held-out conversations.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { encodeWeights, type ActModelFile, type RoleModel } from '../lib/framework/model/act-model.ts';
import { FEATURE_BITS } from '../lib/framework/model/features.ts';
import { corpusFiles } from './corpus/files.ts';
import { numberOption } from './lib/args.ts';
import { readCorpus, type CorpusConversation } from './corpus/schema.ts';
import { examplesOf, HEADS, type Side } from './train/examples.ts';
import { random, shuffled } from './lib/random.ts';
import { DEFAULT_TRAINING, train } from './train/logistic.ts';
import { probabilities, quantize, tuneThresholds, type DetectorScore } from './train/quantize.ts';

export const MODEL_PATH = 'lib/framework/model/acts-model.json';

const folds = numberOption('--folds', 5);
const jsonAt = process.argv.indexOf('--json');
const settings = {
  seed: numberOption('--seed', DEFAULT_TRAINING.seed),
  epochs: numberOption('--epochs', DEFAULT_TRAINING.epochs),
  learningRate: numberOption('--learning-rate', DEFAULT_TRAINING.learningRate),
  l2: numberOption('--l2', DEFAULT_TRAINING.l2),
  maxUpweight: numberOption('--max-upweight', DEFAULT_TRAINING.maxUpweight),
};
const minPrecision = numberOption('--min-precision', 0.8);
const { seed } = settings;

const { conversations, problems } = readCorpus(corpusFiles());
if (problems.length > 0) {
  for (const p of problems.slice(0, 20)) console.error(`${p.file}:${p.line}: ${p.message}`);
  console.error(`${problems.length} corpus problem(s): run npm run corpus:check`);
  process.exit(1);
}

// Folds group whole conversations, so no turn is scored by a model that saw its neighbours.
const order = shuffled(conversations.map((c) => c.id).sort(), random(seed));
const foldOf = new Map(order.map((id, i) => [id, i % folds]));

interface SideResult {
  scores: DetectorScore[];
  foldModels: RoleModel[];
  final: RoleModel;
}

function trainSide(side: Side): SideResult {
  const names = HEADS[side];
  const examples = examplesOf(conversations, side);
  const outOfFold: Array<{ p: Float64Array; labels: Uint8Array }> = [];
  const foldModels: RoleModel[] = [];
  for (let k = 0; k < folds; k++) {
    const model = quantize(
      train(
        examples.filter((e) => foldOf.get(e.conversation) !== k),
        names.length,
        settings,
      ),
      names,
    );
    foldModels.push(model);
    for (const e of examples)
      if (foldOf.get(e.conversation) === k) outOfFold.push({ p: probabilities(model, e), labels: e.labels });
  }
  const scores = tuneThresholds(names, outOfFold, minPrecision);
  const withThresholds = (m: RoleModel): RoleModel => ({
    ...m,
    detectors: m.detectors.map((d, i) => ({ ...d, threshold: scores[i]!.threshold })),
  });
  const final = withThresholds(quantize(train(examples, names.length, settings), names));
  return { scores, foldModels: foldModels.map(withThresholds), final };
}

const customer = trainSide('customer');
const agent = trainSide('agent');

const file: ActModelFile = {
  format: 1,
  bits: FEATURE_BITS,
  trainedOn: {
    conversations: conversations.length,
    seed,
    epochs: settings.epochs,
    learningRate: settings.learningRate,
    l2: settings.l2,
    maxUpweight: settings.maxUpweight,
    minPrecision,
    folds,
  },
  customer: { detectors: [...customer.final.detectors], weights: encodeWeights(customer.final.weights) },
  agent: { detectors: [...agent.final.detectors], weights: encodeWeights(agent.final.weights) },
};
writeFileSync(MODEL_PATH, JSON.stringify(file) + '\n');

const pct = (x: number) => (100 * x).toFixed(1);
console.log(`Corpus: ${conversations.length} conversations; ${folds}-fold cross-validation, seed ${seed}.`);
console.log('\n| detector | support | precision | recall | F1 | threshold |\n|---|---|---|---|---|---|');
for (const s of [...customer.scores, ...agent.scores])
  console.log(
    `| ${s.name} | ${s.support} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.f1.toFixed(2)} | ${s.threshold} |`,
  );

const { stepsByFold } = await import('./train/steps-cv.ts');
const steps = stepsByFold(
  conversations as CorpusConversation[],
  foldOf,
  customer.foldModels.map((c, k) => ({ customer: c, agent: agent.foldModels[k]! })),
);
console.log('\n' + steps.table);
console.log(`\nWrote ${MODEL_PATH}.`);
if (jsonAt >= 0) {
  const path = process.argv[jsonAt + 1]!;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify({ detectors: [...customer.scores, ...agent.scores], steps: steps.rows }, null, 2));
}
