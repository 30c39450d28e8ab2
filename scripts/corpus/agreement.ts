/**
 * Agreement between the corpus labels and a blind second pass over the same conversations.
 *
 *   npm run corpus:agreement -- data/corpus-audit/*.jsonl
 *
 * Reports exact step agreement at every cut point, agreement within one step, Cohen's kappa for the
 * step, and per act and signal the agreement and kappa over turns (present or absent on each turn).
 */
import { withinOne } from '../eval/metrics.ts';
import { corpusFiles } from './files.ts';
import { readCorpus, type CorpusTurn } from './schema.ts';

const secondPaths = process.argv.slice(2);
if (secondPaths.length === 0) {
  console.error('usage: npm run corpus:agreement -- <second-pass.jsonl> [more.jsonl …]');
  process.exit(2);
}
const first = new Map(readCorpus(corpusFiles()).conversations.map((c) => [c.id, c]));
const second = readCorpus(secondPaths);
for (const p of second.problems) console.error(`${p.file}:${p.line}: ${p.message}`);
if (second.problems.length > 0) process.exit(1);

/** Cohen's kappa over paired categorical labels. */
function kappa(pairs: ReadonlyArray<[string, string]>): number {
  const n = pairs.length;
  if (n === 0) return NaN;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const count = (side: 0 | 1) => {
    const m = new Map<string, number>();
    for (const p of pairs) m.set(p[side], (m.get(p[side]) ?? 0) + 1);
    return m;
  };
  const a = count(0);
  const b = count(1);
  let chance = 0;
  for (const [label, k] of a) chance += (k / n) * ((b.get(label) ?? 0) / n);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

const steps: Array<[string, string]> = [];
const labelsOf = (t: CorpusTurn): string[] =>
  t.role === 'customer' ? [...t.acts, ...t.signals] : t.role === 'agent' ? [...t.acts] : [];
// Every label either side used is compared on every turn of its side, present or absent.
const seen = { customer: new Set<string>(), agent: new Set<string>() };
for (const c of second.conversations) {
  const original = first.get(c.id);
  if (!original) throw new Error(`${c.id} is not in the corpus`);
  if (original.turns.length !== c.turns.length) throw new Error(`${c.id}: the turns differ from the corpus`);
  c.turns.forEach((t, i) => {
    const o = original.turns[i]!;
    if (o.role !== t.role || o.text !== t.text) throw new Error(`${c.id} turn ${i}: not the corpus turn`);
    if (t.role === 'customer' && o.role === 'customer' && t.step && o.step) steps.push([o.step, t.step]);
    if (t.role === 'customer' || t.role === 'agent')
      for (const l of [...labelsOf(o), ...labelsOf(t)]) seen[t.role].add(l);
  });
}
const perTurn = new Map<string, Array<[string, string]>>();
for (const c of second.conversations) {
  const original = first.get(c.id)!;
  c.turns.forEach((t, i) => {
    if (t.role !== 'customer' && t.role !== 'agent') return;
    const mine = new Set(labelsOf(original.turns[i]!));
    const theirs = new Set(labelsOf(t));
    for (const name of seen[t.role]) {
      const key = `${t.role}: ${name}`;
      if (!perTurn.has(key)) perTurn.set(key, []);
      perTurn.get(key)!.push([String(mine.has(name)), String(theirs.has(name))]);
    }
  });
}
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const exact = steps.filter(([a, b]) => a === b).length;
const near = steps.filter(([a, b]) => withinOne(a as never, b as never)).length;
console.log(`Second pass: ${second.conversations.length} conversations, ${steps.length} cut points.`);
console.log(
  `step: exact ${pct(exact / steps.length)}, within one ${pct(near / steps.length)}, kappa ${kappa(steps).toFixed(2)}`,
);
console.log('\n| label | turns | both present | agreement | kappa |\n|---|---|---|---|---|');
for (const [key, pairs] of [...perTurn].sort()) {
  const both = pairs.filter(([a, b]) => a === 'true' && b === 'true').length;
  const agree = pairs.filter(([a, b]) => a === b).length / pairs.length;
  console.log(`| ${key} | ${pairs.length} | ${both} | ${pct(agree)} | ${kappa(pairs).toFixed(2)} |`);
}
