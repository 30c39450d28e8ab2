import type { AgentRead } from './agent-acts';
import type { CustomerRead } from './customer-acts';
import type { Quote } from './reason';
import { isShouting } from './text';
import type { Transcript } from './transcript';

/** A field of the customer read that holds the customer's words (evidence). */
export type CustomerField = {
  [K in keyof CustomerRead]: CustomerRead[K] extends string | null ? K : never;
}[keyof CustomerRead];

function isSettled(read: CustomerRead): boolean {
  const open =
    read.rejection ?? read.challenge ?? read.waiting ?? read.compensation ?? read.actionRequest ?? read.demanding;
  return (read.resolved ?? read.later) !== null && !read.angry && !read.distress && !open;
}

/** The latest customer turns not answered yet, and the public reply (agent or bot) just before them. */
export function latestRun(t: Transcript) {
  let last = t.size - 1;
  while (last >= 0 && t.kind(last) !== 'customer') last--;
  const run: number[] = [];
  let i = last;
  for (; i >= 0; i--) {
    const kind = t.kind(i);
    if (kind === 'agent' || kind === 'bot') break;
    if (kind === 'customer') run.unshift(i);
  }
  return { last, run, reply: i };
}

/** Evidence for one field in the latest run, from the first turn that shows it. */
export function picker(t: Transcript, run: readonly number[]): Evidence {
  return (field) => {
    for (const i of run) {
      const quote = t.customer(i)[field];
      if (quote) return { id: t.id(i), quote };
    }
    if (field === 'angry') {
      // "Well done, lovely" next to a complaint is sarcasm: praise in the same turns as a grievance.
      const mocking = run.find((i) => t.customer(i).sarcasm);
      if (mocking !== undefined && run.some((i) => t.customer(i).grievance))
        return { id: t.id(mocking), quote: t.customer(mocking).sarcasm! };
      // Shouting spread over several short turns ("NOT happy" … "AT ALL") is shouting all the same.
      const loud = run.filter((i) => t.customer(i).capitals.length > 0);
      const words = loud.flatMap((i) => t.customer(i).capitals);
      if (isShouting(words)) return { id: t.id(loud[loud.length - 1]!), quote: words.slice(0, 6).join(' … ') };
    }
    return null;
  };
}

/** Evidence for a customer field in the latest run: the first turn of the run that shows it, or null. */
export type Evidence = (field: CustomerField) => Quote | null;

/** What the decision knows about the latest customer turns and the public reply before them. */
export interface LatestRun {
  /** Index of the latest customer turn. */
  last: number;
  /** Indices of the customer turns since the last public reply (agent or bot), oldest first. */
  run: number[];
  /** Index of that public reply, or -1 when nobody has replied. */
  reply: number;
  /** The reply as the agent's acts, or null when it came from a bot or there was none. */
  lastReply: AgentRead | null;
  evidence: Evidence;
  /** Words in the run, all turns together. */
  words: number;
  /** The run asks something (and does not end with a plain sign-off). */
  question: boolean;
  /** Anger, abuse or distress in the run: the customer is still upset. */
  upset: Quote | null;
  /** Accepts what the reply proposed ("yes" counts only after a proposal). */
  accept: Quote | null;
  /** Something still open: rejects, challenges, waits, asks for compensation or an action. */
  open: Quote | null;
  /** The last turn settles the run: resolved or "will do", calm, nothing open. */
  settled: Quote | null;
  /** The customer has calmly moved on (settled, signed off, accepted, thanked with nothing new). */
  movingOn: Quote | null;
  /** The run's last turn, first dozen words: for reasons about the message as a whole. */
  gist: Quote;
}

/** Reads the latest run; null when the customer has not written yet. */
export function readRun(t: Transcript): LatestRun | null {
  const { last, run, reply } = latestRun(t);
  if (last < 0) return null;
  const evidenceOf = picker(t, run);
  const final = run[run.length - 1]!;
  const finalRead = t.customer(final);
  const lastReply = reply >= 0 && t.kind(reply) === 'agent' ? t.agent(reply) : null;
  const words = run.reduce((n, i) => n + t.customer(i).words, 0);
  const question = run.some((i) => t.customer(i).question);
  const upset = evidenceOf('angry') ?? evidenceOf('abusive') ?? evidenceOf('distress');
  // "Yes" / "sure" / "ok" accepts only what the reply proposed; after a diagnostic question it is just an answer.
  const accept = evidenceOf('accept') ?? (lastReply?.proposal ? evidenceOf('affirm') : null);
  // "Thanks" alone does not close a conversation when it comes with the answer the agent asked for.
  const thanks = !lastReply?.asked || words <= 6 ? evidenceOf('thanks') : null;
  const praise = words <= 8 ? evidenceOf('praise') : evidenceOf('positiveEmoji');
  const open =
    evidenceOf('rejection') ??
    evidenceOf('challenge') ??
    evidenceOf('waiting') ??
    evidenceOf('compensation') ??
    evidenceOf('actionRequest');
  // The last turn settles a run: "still nothing… 10 hours later… fine now, thanks" is resolved.
  const settled =
    reply >= 0 && !finalRead.question && isSettled(finalRead)
      ? { id: t.id(final), quote: (finalRead.resolved ?? finalRead.later)! }
      : null;
  // "Thank you x" followed by a new problem is not moving on: the last turn raises something new.
  const freshProblem =
    finalRead.grievance !== null &&
    !(finalRead.thanks ?? finalRead.praise ?? finalRead.resolved ?? finalRead.later ?? finalRead.accept);
  // A customer who has calmly moved on after a reply (resolved, will try, accepts; or thanks with nothing
  // new to raise) no longer needs acknowledging first. Thanks before any reply is politeness or sarcasm.
  const strongPositive = evidenceOf('resolved') ?? evidenceOf('later') ?? accept;
  // A last word of thanks ("Ok thank you") closes the run even after a question in an earlier turn of it.
  const signOff =
    reply >= 0 && run.length > 1 && finalRead.words <= 4 && !finalRead.question && !upset ? finalRead.thanks : null;
  const movingOn =
    settled ??
    (signOff ? { id: t.id(final), quote: signOff } : null) ??
    (!upset && !freshProblem && reply >= 0 ? (strongPositive ?? (open ? null : (thanks ?? praise))) : null);
  const asking = question && !signOff;
  const gist = { id: t.id(final), quote: finalRead.gist };
  return {
    last,
    run,
    reply,
    lastReply,
    evidence: evidenceOf,
    words,
    question: asking,
    upset,
    accept,
    open,
    settled,
    movingOn,
    gist,
  };
}
