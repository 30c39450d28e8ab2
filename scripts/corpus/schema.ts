/**
 * The labelled corpus in data/corpus/ (see its README.md): one conversation per line, every turn
 * labelled with its acts, every customer turn with its signals, and every cut point (the last customer
 * turn before a reply) with the step the agent's next reply should perform.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { AGENT_ACTS, CUSTOMER_ACTS } from '../../lib/framework/acts.ts';
import { SignalKind } from '../../lib/framework/guidance.ts';
import { GuidanceStep } from '../../lib/framework/steps.ts';

export const CHANNELS = ['social', 'chat', 'email'] as const;

const CustomerTurn = z.strictObject({
  role: z.literal('customer'),
  text: z.string().check(z.minLength(1)),
  acts: z.array(z.enum(CUSTOMER_ACTS)),
  signals: z.array(SignalKind),
  /** Only on a cut point: what the agent's next reply should do, given turns up to this one. */
  step: z.optional(GuidanceStep),
});
const AgentTurn = z.strictObject({
  role: z.literal('agent'),
  text: z.string().check(z.minLength(1)),
  acts: z.array(z.enum(AGENT_ACTS)),
});
/** Bots answer publicly but are not a person; notes are internal and never seen by the customer. */
const OtherTurn = z.strictObject({
  role: z.enum(['bot', 'note']),
  text: z.string().check(z.minLength(1)),
});
export const CorpusTurn = z.discriminatedUnion('role', [CustomerTurn, AgentTurn, OtherTurn]);
export type CorpusTurn = z.infer<typeof CorpusTurn>;

export const CorpusConversation = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  lang: z.enum(['en', 'es']),
  channel: z.enum(CHANNELS),
  industry: z.string().check(z.regex(/^[a-z-]+$/)),
  /** The brief it was written from: persona, mood, agent skill, situation. */
  brief: z.string().check(z.minLength(10)),
  turns: z.array(CorpusTurn).check(z.minLength(1)),
});
export type CorpusConversation = z.infer<typeof CorpusConversation>;

/** Customer turns after which the agent replies next (or nobody has yet): notes in between do not count. */
export function cutPoints(turns: readonly CorpusTurn[]): number[] {
  const cuts: number[] = [];
  for (let i = 0; i < turns.length; i++) {
    if (turns[i]!.role !== 'customer') continue;
    let next = i + 1;
    while (next < turns.length && turns[next]!.role === 'note') next++;
    if (next === turns.length || turns[next]!.role === 'agent' || turns[next]!.role === 'bot') cuts.push(i);
  }
  return cuts;
}

/** Problems a parsed conversation can still have: steps off the cut points, acts that do not fit. */
export function problemsOf(c: CorpusConversation): string[] {
  const problems: string[] = [];
  const cuts = new Set(cutPoints(c.turns));
  if (cuts.size === 0) problems.push('no customer turn is followed by a reply');
  c.turns.forEach((turn, i) => {
    if (turn.role !== 'customer') return;
    if (cuts.has(i) && !turn.step) problems.push(`turn ${i} is a cut point but has no step`);
    if (!cuts.has(i) && turn.step) problems.push(`turn ${i} has a step but the customer writes again before any reply`);
    if (new Set(turn.acts).size !== turn.acts.length) problems.push(`turn ${i} repeats an act`);
    if (turn.step === 'boundary' && !turn.acts.includes('abuse-at-staff'))
      problems.push(`turn ${i} is labelled boundary but has no abuse-at-staff act`);
  });
  return problems;
}

export interface ReadProblem {
  file: string;
  line: number;
  message: string;
}

/** Reads corpus files; every line that fails is reported, none is silently dropped. */
export function readCorpus(files: readonly string[]): { conversations: CorpusConversation[]; problems: ReadProblem[] } {
  const conversations: CorpusConversation[] = [];
  const problems: ReadProblem[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((raw, index) => {
        const line = index + 1;
        if (raw.trim() === '') return;
        let json: unknown;
        try {
          json = JSON.parse(raw);
        } catch (error) {
          problems.push({ file, line, message: `not JSON: ${(error as Error).message}` });
          return;
        }
        const parsed = CorpusConversation.safeParse(json);
        if (!parsed.success) {
          problems.push({ file, line, message: z.prettifyError(parsed.error).replace(/\n/g, ' ') });
          return;
        }
        const where = seen.get(parsed.data.id);
        if (where) problems.push({ file, line, message: `id ${parsed.data.id} already used in ${where}` });
        seen.set(parsed.data.id, `${file}:${line}`);
        for (const message of problemsOf(parsed.data)) problems.push({ file, line, message });
        conversations.push(parsed.data);
      });
  }
  return { conversations, problems };
}
