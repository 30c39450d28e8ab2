/**
 * Draws the blind second-pass sample: a seeded random share of the corpus with every label removed, for a
 * second person to label from the guide alone. Their file is compared with `npm run corpus:agreement`.
 *
 *   npm run corpus:blind -- [files…] [--share 0.1] [--seed 2026] > sample.jsonl
 *
 * Run once per writer's files to draw the same share from every writer (a stratified sample).
 */
import { numberOption } from '../lib/args.ts';
import { random, shuffled } from '../lib/random.ts';
import { corpusFiles } from './files.ts';
import { cutPoints, readCorpus } from './schema.ts';

const args = process.argv.slice(2);
const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const { conversations } = readCorpus(files.length > 0 ? files : corpusFiles());
const share = numberOption('--share', 0.1);
const picked = shuffled(conversations.map((c) => c.id).sort(), random(numberOption('--seed', 2026))).slice(
  0,
  Math.ceil(conversations.length * share),
);
const chosen = new Set(picked);
for (const c of conversations) {
  if (!chosen.has(c.id)) continue;
  const cuts = new Set(cutPoints(c.turns));
  const turns = c.turns.map((t, i) => ({ role: t.role, text: t.text, ...(cuts.has(i) ? { cut: true } : {}) }));
  console.log(JSON.stringify({ id: c.id, lang: c.lang, channel: c.channel, industry: c.industry, turns }));
}
