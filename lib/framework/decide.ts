import type { Guidance, SignalKind } from './guidance';
import { CHECKLIST, type AgentRead } from './checklist';
import type { CustomerRead } from './signals';
import { explain, type Because, type Quote } from './reason';
import { isShouting } from './text';

/** How a message takes part: bots, internal notes and system messages are kept apart on purpose. */
export type Kind = 'customer' | 'agent' | 'bot' | 'note' | 'other';

/**
 * The conversation as the decision sees it. Messages are read on demand (and remembered), because most
 * decisions only need the latest turns and the first agent reply that did each thing.
 */
export interface Transcript {
  readonly size: number;
  kind(index: number): Kind;
  id(index: number): string;
  customer(index: number): CustomerRead;
  agent(index: number): AgentRead;
}

type CustomerField = {
  [K in keyof CustomerRead]: CustomerRead[K] extends string | null ? K : never;
}[keyof CustomerRead];

const SIGNALS: ReadonlyArray<[SignalKind, CustomerField]> = [
  ['angry', 'angry'],
  ['abusive', 'abusive'],
  ['demanding', 'demanding'],
  ['indecisive', 'indecisive'],
  ['churn-risk', 'churn'],
  ['public-complaint', 'publicComplaint'],
];

function isSettled(read: CustomerRead): boolean {
  const open =
    read.rejection ?? read.challenge ?? read.waiting ?? read.compensation ?? read.actionRequest ?? read.demanding;
  return (read.resolved ?? read.later) !== null && !read.angry && !read.distress && !open;
}

/** The latest customer turns not answered yet, and the public reply (agent or bot) just before them. */
function latestRun(t: Transcript) {
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

function firstAgent(t: Transcript, field: keyof AgentRead): Quote | null {
  for (let i = 0; i < t.size; i++) {
    if (t.kind(i) !== 'agent') continue;
    const value = t.agent(i)[field];
    if (typeof value === 'string') return { id: t.id(i), quote: value };
  }
  return null;
}

/** The latest agent promise up to `before`, unless that reply only promised to pass feedback on. */
function lastPromise(t: Transcript, before: number): Quote | null {
  for (let i = before; i >= 0; i--) {
    if (t.kind(i) !== 'agent') continue;
    const read = t.agent(i);
    if (read.promise) return read.feedbackOnly ? null : { id: t.id(i), quote: read.promise };
  }
  return null;
}

function completedSteps(t: Transcript): Guidance['completed'] {
  const done: Guidance['completed'] = [];
  for (const { step, evidence } of CHECKLIST) {
    for (let i = 0; i < t.size; i++) {
      const kind = t.kind(i);
      // An internal note is the record that step 6 asks for.
      const quote =
        kind === 'agent' ? evidence(t.agent(i)) : step === 'document' && kind === 'note' ? 'internal note' : null;
      if (quote) {
        done.push({ step, messageId: t.id(i), evidence: quote });
        break;
      }
    }
  }
  return done;
}

/** Evidence for one field in the latest run, from the first turn that shows it. */
function picker(t: Transcript, run: readonly number[]) {
  return (field: CustomerField): Quote | null => {
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

/** Everything the decision needs to know about the latest customer turns and the reply before them. */
function readRun(t: Transcript) {
  const { last, run, reply } = latestRun(t);
  if (last < 0) return null;
  const has = picker(t, run);
  const final = run[run.length - 1]!;
  const finalRead = t.customer(final);
  const lastReply = reply >= 0 && t.kind(reply) === 'agent' ? t.agent(reply) : null;
  const words = run.reduce((n, i) => n + t.customer(i).words, 0);
  const question = run.some((i) => t.customer(i).question);
  const upset = has('angry') ?? has('abusive') ?? has('distress');
  // "Yes" / "sure" / "ok" accepts only what the reply proposed; after a diagnostic question it is just an answer.
  const accept = has('accept') ?? (lastReply?.proposal ? has('affirm') : null);
  // "Thanks" alone does not close a conversation when it comes with the answer the agent asked for.
  const thanks = !lastReply?.asked || words <= 6 ? has('thanks') : null;
  const praise = words <= 8 ? has('praise') : has('positiveEmoji');
  const open = has('rejection') ?? has('challenge') ?? has('waiting') ?? has('compensation') ?? has('actionRequest');
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
  const strongPositive = has('resolved') ?? has('later') ?? accept;
  // A last word of thanks ("Ok thank you") closes the run even after a question in an earlier turn of it.
  const signOff =
    reply >= 0 && run.length > 1 && finalRead.words <= 4 && !finalRead.question && !upset ? finalRead.thanks : null;
  const movingOn =
    settled ??
    (signOff ? { id: t.id(final), quote: signOff } : null) ??
    (!upset && !freshProblem && reply >= 0 ? (strongPositive ?? (open ? null : (thanks ?? praise))) : null);
  const asking = question && !signOff;
  const gist = { id: t.id(final), quote: finalRead.gist };
  return { last, run, reply, lastReply, has, words, question: asking, upset, accept, open, settled, movingOn, gist };
}
type Run = NonNullable<ReturnType<typeof readRun>>;

/** Steps about the relationship, which come before the problem: boundary, listen, empathize. */
function relationStep(t: Transcript, r: Run): Because | null {
  const boundary = r.has('boundary');
  if (boundary) {
    let earlier = false;
    for (let i = 0; i < r.run[0]! && !earlier; i++)
      earlier = t.kind(i) === 'customer' && t.customer(i).boundary !== null;
    return { step: 'boundary', why: earlier ? 'repeated' : 'first', quote: boundary };
  }
  // The first turn that reported a problem; anger that only shows across the latest turns counts too.
  let reported = -1;
  let replied = false;
  for (let i = 0; i <= r.last && reported < 0; i++) {
    const kind = t.kind(i);
    replied ||= kind === 'agent';
    // Counting lost time ("three days without internet") opens a complaint; later it is usually an answer.
    if (kind === 'customer' && (t.customer(i).grievance ?? (replied ? null : t.customer(i).timeLost))) reported = i;
  }
  // Worry or sadness alone ("please help 😢") is not a grievance: it is acknowledged when empathising.
  const vented = r.has('angry') ?? r.has('abusive');
  if (reported < 0 && vented) reported = r.run.find((i) => t.id(i) === vented.id) ?? r.last;
  // The reason quotes the customer's own report, so the agent can see what is to be acknowledged.
  const grievance = reported >= 0 ? { id: t.id(reported), quote: t.customer(reported).gist } : null;
  const acknowledged = grievance || r.upset ? firstAgent(t, 'acknowledge') : null;
  if (grievance && !acknowledged && !r.movingOn) {
    return { step: 'listen', why: 'grievance', quote: grievance, generic: r.lastReply?.generic ?? null };
  }
  if (acknowledged && r.upset && !firstAgent(t, 'apology')) {
    const formulaic = firstAgent(t, 'formulaic');
    return { step: 'empathize', why: 'upset', quote: r.upset, ack: acknowledged, formulaic };
  }
  return null;
}

/** A first message: ask for what is missing unless it can be answered or acted on now. */
function openingStep(r: Run): Because {
  const compensation = r.has('compensation');
  if (compensation) return { step: 'solve', why: 'compensation', quote: compensation };
  const request = r.has('actionRequest');
  if (request) return { step: 'act', why: 'request', quote: request };
  const fault = r.has('faultReport');
  const direct = r.has('directQuestion');
  // "Any ideas?", "can you help?": asking for help with a problem is not yet saying what the problem is.
  const help = r.has('helpRequest');
  if (help) return { step: 'clarify', why: 'first-report', quote: help };
  if (fault && !direct) return { step: 'clarify', why: 'first-report', quote: fault };
  if (r.question || direct) return { step: 'solve', why: 'question', quote: direct ?? r.gist };
  return { step: 'clarify', why: 'first-report', quote: fault ?? r.gist };
}

/** Steps about the problem itself: clarify, solve, act, document. */
function problemStep(t: Transcript, r: Run): Because {
  const { has, lastReply, gist } = r;
  if (r.settled) return { step: 'document', why: 'closing', quote: r.settled };
  // "Done", "DM sent", or the number the agent asked for: the agent can act now.
  const sent = has('detailsSent') ?? (lastReply?.requestDetails ? has('identifiers') : null);
  if (sent && r.reply >= 0) return { step: 'act', why: 'details', quote: sent };
  if (r.movingOn && !r.open && (!r.question || r.accept)) {
    if (r.accept && lastReply?.asked) return { step: 'act', why: 'accepted', quote: r.accept };
    if (has('resolved') || has('later')) return { step: 'document', why: 'closing', quote: r.movingOn };
    if (lastReply?.promise && !lastReply.wrapUp) return { step: 'act', why: 'promised', quote: r.movingOn };
    return { step: 'document', why: 'closing', quote: r.movingOn };
  }
  let opening = true;
  for (let i = 0; i < r.last && opening; i++) opening = t.kind(i) !== 'agent';
  if (opening) return openingStep(r);
  // Only an answer can be challenged or misread, so this comes after the opening.
  const challenge = has('challenge');
  if (challenge) return { step: 'clarify', why: 'challenge', quote: challenge };
  const waiting = has('waiting');
  if (waiting) {
    const promised = lastPromise(t, r.reply);
    return promised
      ? { step: 'act', why: 'waiting', quote: waiting }
      : { step: 'solve', why: 'unsolved', quote: waiting };
  }
  const compensation = has('compensation');
  if (compensation) return { step: 'solve', why: 'compensation', quote: compensation };
  const rejection = has('rejection');
  if (rejection) return { step: 'solve', why: 'rejected', quote: rejection };
  const request = has('actionRequest');
  if (request) return { step: 'act', why: 'request', quote: request };
  // The reply promised to act on this case and asked nothing: whatever the customer adds, follow through.
  if (lastReply?.promise && !lastReply.asked && !lastReply.feedbackOnly) {
    return { step: 'act', why: 'promised', quote: gist };
  }
  if (lastReply?.requestDetails) {
    // Their own question comes first; an upset reply without the details means asking again, and why.
    if (r.question) return { step: 'solve', why: 'question', quote: gist };
    // A short, calm reply is the detail itself ("the Leeds store", "PS4"); a long one without any is not.
    if (!r.upset && r.words <= 8 && !has('grievance')) return { step: 'act', why: 'details', quote: gist };
    return { step: 'clarify', why: 'missing-details', quote: { id: t.id(r.reply), quote: lastReply.requestDetails } };
  }
  // Answers to the agent's questions (which device, what happens when…) make the problem clear enough to solve.
  if (lastReply?.asked && !r.question) return { step: 'solve', why: 'answered', quote: gist };
  return { step: 'solve', why: r.question ? 'question' : 'unsolved', quote: gist };
}

/** Decides the step by the rules of step-labels.md, in their order: the first that fits wins. */
function chooseStep(t: Transcript): Because {
  const r = readRun(t);
  if (!r) return { step: 'listen', why: 'no-customer' };
  return relationStep(t, r) ?? problemStep(t, r);
}

export function decide(t: Transcript): Guidance {
  const because = chooseStep(t);
  const { run } = latestRun(t);
  const has = picker(t, run);
  const signals: Guidance['signals'] = [];
  for (const [kind, field] of SIGNALS) {
    const found = has(field);
    if (found) signals.push({ kind, messageId: found.id, evidence: found.quote });
  }
  // The most recent public reply, whether it answered the latest turns or came before them.
  let lastReply = t.size - 1;
  while (lastReply >= 0 && t.kind(lastReply) !== 'agent' && t.kind(lastReply) !== 'bot') lastReply--;
  let humanReplied = false;
  for (let i = 0; i < t.size && !humanReplied; i++) humanReplied = t.kind(i) === 'agent';
  const bot = lastReply >= 0 && t.kind(lastReply) === 'bot' ? (humanReplied ? 'last' : 'only') : null;
  return { step: because.step, reason: explain(because, bot), completed: completedSteps(t), signals };
}
