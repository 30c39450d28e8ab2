// Insights: computeInsights over 100,000 records beside a bare pass over the same records, one loop reading
// every field insights read once (the complaint character by character). Both measured in the same run, on
// records shaped as the page gets them: its own as IndexedDB hands them over (structured clones), the
// roll-up's labelled by lib/rollup. How objects are built matters to V8 (see `labelRecord`): records that
// each have a hidden class of their own made every read slow, the bare pass's too, and hid that in the ratio.
import { SignalKind } from '../../lib/framework/guidance.ts';
import { StepId } from '../../lib/framework/steps.ts';
import { computeInsights, type InsightRecord } from '../../lib/insights/index.ts';
import { emptyRecord, type InteractionRecord } from '../../lib/notes/model.ts';
import { labelRecord } from '../../lib/rollup/model.ts';
import type { BenchRow, BenchSuite } from './row.ts';
import { random } from '../lib/random.ts';

const N = 100_000;
const AGENTS = ['Ana', 'Ben', 'Chloé'];
const MAX_RATIO = 3;

// Words written for the benchmark (not from any dataset), English and Spanish, stop words included so the
// folding and the stop lists have work to do; mixed by a seeded generator so every complaint differs.
const WORDS = (
  'the customer was charged twice for the order and wants a refund refunds refunded charges charging ' +
  'delivery late parcel damaged missing invoice Invoice voucher login app crash subscription billing card ' +
  'el cliente quiere un reembolso reembolsos cobro doble pedido retrasado factura envío Envío dañado ' +
  'cancelación cancelaciones cuenta tarjeta no funciona desde hace una semana, café naïve Zoë 12345.'
).split(' ');

function generator(seed: number) {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return { pick, sentence: (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ') };
}

/** A worked ticket: steps, signals, phrase uses, tags and an 18-word complaint, over about ten weeks. */
function benchRecord(i: number, g: ReturnType<typeof generator>): InteractionRecord {
  const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000 + minutes * 60_000).toISOString();
  const record = emptyRecord({ helpdesk: i % 3 ? 'zendesk' : 'intercom', ticketId: String(100_000 + i) }, at(0));
  const steps = StepId.options.slice(0, 1 + (i % 6));
  return {
    ...record,
    status: g.pick(['open', 'follow-up', 'resolved'] as const),
    steps: steps.map((step, k) => ({ step, at: at(2 + k), messageId: `m${k}`, evidence: null })),
    signals: [g.pick(SignalKind.options), g.pick(SignalKind.options)].map((kind) => ({
      kind,
      at: at(1),
      messageId: 'm0',
      evidence: null,
    })),
    phrases: [{ packId: 'builtin', phraseId: `${steps[0]}-${i % 7}`, step: steps[0]!, action: 'insert', at: at(2) }],
    notes: {
      ...record.notes,
      complaint: g.sentence(18),
      followUpDate: i % 4 ? null : '2025-02-01',
      tags: [g.pick(['billing', 'shipping', 'bug']), g.pick(['VIP', 'repeat', 'refund'])],
    },
  };
}

/** The baseline: one loop reading, once, every field insights read, summed so that none is skipped. */
function barePass(records: readonly InsightRecord[]): number {
  let sum = 0;
  for (const r of records) {
    sum += r.id.length + r.startedAt.length + r.helpdesk.length + r.status.length + (r.agent?.length ?? 0);
    for (const s of r.steps) sum += s.step.length + s.at.length;
    for (const s of r.signals) sum += s.kind.length;
    for (const p of r.phrases) sum += p.packId.length + p.phraseId.length + p.action.length;
    for (const tag of r.notes.tags) sum += tag.length;
    sum += r.notes.followUpDate?.length ?? 0;
    const complaint = r.notes.complaint;
    for (let i = 0; i < complaint.length; i++) sum += complaint.charCodeAt(i);
  }
  return sum;
}

const WORD_BREAK = /[^\p{L}\p{N}']+/u;

/**
 * The bare pass, then every complaint lower-cased and split into words, as the engine's bench floors its
 * analysis: shown beside the target for the decision on it (lib/insights/README.md, "Speed"), not a target.
 */
function wordPass(records: readonly InsightRecord[]): number {
  let sum = barePass(records);
  for (const r of records) sum += r.notes.complaint.toLowerCase().split(WORD_BREAK).length;
  return sum;
}

/** The best of several runs after a warm-up: a busy, shared machine only ever slows a run down. */
function bestOf(runs: number, run: () => unknown): number {
  run();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const round = (x: number) => Math.round(x * 100) / 100;

const BARE = 'bare pass reading every field once (complaint char by char), same records, same run';
const WORDS_BASELINE = 'the bare pass, then every complaint lower-cased and split into words, same run';

function row(name: string, value: number, base: number, baseline = BARE): BenchRow {
  const ratio = value / base;
  const targeted = baseline === BARE;
  return {
    name,
    value: round(value),
    unit: 'ms',
    baseline,
    baselineValue: round(base),
    ratio: round(ratio),
    target: targeted ? `ratio ≤ ${MAX_RATIO}` : 'report',
    pass: targeted ? ratio <= MAX_RATIO : true,
  };
}

const suite: BenchSuite = async () => {
  const g = generator(14);
  // Half the lead's own, as IndexedDB hands them over (a structured clone); half from three agents' exports,
  // read the same way and labelled as the roll-up labels them.
  const stored = structuredClone(Array.from({ length: N }, (_, i) => benchRecord(i, g)));
  const generated: InsightRecord[] = stored.map((r, i) => (i % 2 ? labelRecord(r, AGENTS[i % 3]!) : r));
  // In id order, as the database lists them; a roll-up appends other agents' records in their own order.
  const byId = [...generated].sort((a, b) => (a.id < b.id ? -1 : 1));
  const now = new Date('2025-02-01T12:00:00.000Z');
  const bare = bestOf(5, () => barePass(byId));
  const words = bestOf(5, () => wordPass(byId));
  const all = bestOf(5, () => computeInsights(byId, { now }));
  const rollUp = bestOf(5, () => computeInsights(generated, { now }));
  const filtered = bestOf(5, () => computeInsights(byId, { now, from: '2025-01-15', to: '2025-02-15', tag: 'VIP' }));
  const n = N.toLocaleString('en');
  return [
    row(`computeInsights, ${n} records in id order, no filter`, all, bare),
    row(`computeInsights, ${n} records in id order, dates and tag`, filtered, bare),
    row(`computeInsights, ${n} records out of id order (a roll-up), no filter`, rollUp, bare),
    row(`computeInsights, ${n} records in id order, no filter, beside a word-level pass`, all, words, WORDS_BASELINE),
  ];
};

export default suite;
