import type { AgentRead } from './agent-acts';
import { CHECKLIST } from './checklist';
import type { Guidance, SignalKind } from './guidance';
import { latestRun, picker, readRun, type CustomerField, type LatestRun } from './latest-run';
import { explain, fillTemplate, renderReason, type Because, type Quote } from './reason';
import { ENGLISH_REASONS } from './reason-templates';
import type { CustomerRead } from './customer-acts';
import type { Transcript } from './transcript';

const SIGNALS: ReadonlyArray<[SignalKind, CustomerField]> = [
  ['angry', 'angry'],
  ['abusive', 'abusive'],
  ['demanding', 'demanding'],
  ['indecisive', 'indecisive'],
  ['churn-risk', 'churn'],
  ['public-complaint', 'publicComplaint'],
];

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
    let replied = false;
    for (let i = 0; i < t.size; i++) {
      const kind = t.kind(i);
      // An internal note is the record that step 6 asks for, once there is an interaction to record: a
      // teammate's note written before any reply (triage, a hand-over) documents nothing the agent did.
      const quote =
        kind === 'agent'
          ? evidence(t.agent(i))
          : step === 'document' && kind === 'note' && replied
            ? 'internal note'
            : null;
      replied ||= kind === 'agent';
      if (quote) {
        done.push({ step, messageId: t.id(i), evidence: quote });
        break;
      }
    }
  }
  return done;
}

// Still upset is allowed: what ends the boundary is that the abuse stops, not that the anger does.
const civil = (read: CustomerRead) => !read.boundary && !read.abusive;

/**
 * The latest turn of the run that aims abuse at the agent, quoted: what the boundary answers. Abuse the
 * customer has stepped back from in the same run ("you useless idiots" … "sorry, I'm just fed up") is over.
 */
function boundaryStep(t: Transcript, r: LatestRun): Because | null {
  const aimed = r.run.findLast((i) => t.customer(i).boundary !== null);
  if (aimed === undefined) return null;
  const after = r.run.filter((i) => i > aimed);
  if (after.length > 0 && after.every((i) => civil(t.customer(i)))) return null;
  let earlier = false;
  for (let i = 0; i < r.run[0]! && !earlier; i++) earlier = t.kind(i) === 'customer' && t.customer(i).boundary !== null;
  return {
    step: 'boundary',
    why: earlier ? 'repeated' : 'first',
    quote: { id: t.id(aimed), quote: t.customer(aimed).boundary! },
  };
}

/** Abuse aimed at the agent that has stopped: earlier in the latest run, or in the run the last reply answered. */
function abuseStopped(t: Transcript, run: readonly number[], reply: number): boolean {
  if (run.some((i) => t.customer(i).boundary !== null)) return true;
  for (let i = reply - 1; i >= 0 && t.kind(i) !== 'agent' && t.kind(i) !== 'bot'; i--)
    if (t.kind(i) === 'customer' && t.customer(i).boundary !== null) return true;
  return false;
}

/** Steps about the relationship, which come before the problem: boundary, listen, empathize. */
function relationStep(t: Transcript, r: LatestRun): Because | null {
  const boundary = boundaryStep(t, r);
  if (boundary) return boundary;
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
  const vented = r.evidence('angry') ?? r.evidence('abusive');
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
function openingStep(r: LatestRun): Because {
  const compensation = r.evidence('compensation');
  if (compensation) return { step: 'solve', why: 'compensation', quote: compensation };
  const request = r.evidence('actionRequest');
  if (request) return { step: 'act', why: 'request', quote: request };
  const fault = r.evidence('faultReport');
  const direct = r.evidence('directQuestion');
  // "Any ideas?", "can you help?": asking for help with a problem is not yet saying what the problem is.
  const help = r.evidence('helpRequest');
  if (help) return { step: 'clarify', why: 'first-report', quote: help };
  if (fault && !direct) return { step: 'clarify', why: 'first-report', quote: fault };
  if (r.question || direct) return { step: 'solve', why: 'question', quote: direct ?? r.gist };
  return { step: 'clarify', why: 'first-report', quote: fault ?? r.gist };
}

/** Steps about the problem itself: clarify, solve, act, document. */
function problemStep(t: Transcript, r: LatestRun): Because {
  const { evidence: evidenceOf, lastReply, gist } = r;
  if (r.settled) return { step: 'document', why: 'closing', quote: r.settled };
  // "Done", "DM sent", or the number the agent asked for: the agent can act now.
  const sent = evidenceOf('detailsSent') ?? (lastReply?.requestDetails ? evidenceOf('identifiers') : null);
  if (sent && r.reply >= 0) return { step: 'act', why: 'details', quote: sent };
  if (r.movingOn && !r.open && (!r.question || r.accept)) {
    if (r.accept && lastReply?.asked) return { step: 'act', why: 'accepted', quote: r.accept };
    if (evidenceOf('resolved') || evidenceOf('later')) return { step: 'document', why: 'closing', quote: r.movingOn };
    if (lastReply?.promise && !lastReply.wrapUp) return { step: 'act', why: 'promised', quote: r.movingOn };
    return { step: 'document', why: 'closing', quote: r.movingOn };
  }
  let opening = true;
  for (let i = 0; i < r.last && opening; i++) opening = t.kind(i) !== 'agent';
  if (opening) return openingStep(r);
  // Only an answer can be challenged or misread, so this comes after the opening.
  const challenge = evidenceOf('challenge');
  if (challenge) return { step: 'clarify', why: 'challenge', quote: challenge };
  const waiting = evidenceOf('waiting');
  if (waiting) {
    const promised = lastPromise(t, r.reply);
    return promised
      ? { step: 'act', why: 'waiting', quote: waiting }
      : { step: 'solve', why: 'unsolved', quote: waiting };
  }
  const compensation = evidenceOf('compensation');
  if (compensation) return { step: 'solve', why: 'compensation', quote: compensation };
  const rejection = evidenceOf('rejection');
  if (rejection) return { step: 'solve', why: 'rejected', quote: rejection };
  const request = evidenceOf('actionRequest');
  if (request) return { step: 'act', why: 'request', quote: request };
  // The reply promised to act on this case and asked nothing: whatever the customer adds, follow through.
  if (lastReply?.promise && !lastReply.asked && !lastReply.feedbackOnly) {
    return { step: 'act', why: 'promised', quote: gist };
  }
  if (lastReply?.requestDetails) {
    // Their own question comes first; an upset reply without the details means asking again, and why.
    if (r.question) return { step: 'solve', why: 'question', quote: gist };
    // A short, calm reply is the detail itself ("the Leeds store", "PS4"); a long one without any is not.
    if (!r.upset && r.words <= 8 && !evidenceOf('grievance')) return { step: 'act', why: 'details', quote: gist };
    return { step: 'clarify', why: 'missing-details', quote: { id: t.id(r.reply), quote: lastReply.requestDetails } };
  }
  // Answers to the agent's questions (which device, what happens when…) make the problem clear enough to solve.
  if (lastReply?.asked && !r.question) return { step: 'solve', why: 'answered', quote: gist };
  return { step: 'solve', why: r.question ? 'question' : 'unsolved', quote: gist };
}

/** Decides the step by the rules in lib/framework/README.md, in their order: the first that fits wins. */
function chooseStep(t: Transcript): Because {
  const r = readRun(t);
  if (!r) return { step: 'listen', why: 'no-customer' };
  return relationStep(t, r) ?? problemStep(t, r);
}

export function decide(t: Transcript): Guidance {
  const because = chooseStep(t);
  const { run, reply } = latestRun(t);
  const evidenceOf = picker(t, run);
  const signals: Guidance['signals'] = [];
  for (const [kind, field] of SIGNALS) {
    const found = evidenceOf(field);
    if (found) signals.push({ kind, messageId: found.id, evidence: found.quote });
  }
  // The most recent public reply, whether it answered the latest turns or came before them.
  let lastReply = t.size - 1;
  while (lastReply >= 0 && t.kind(lastReply) !== 'agent' && t.kind(lastReply) !== 'bot') lastReply--;
  let humanReplied = false;
  for (let i = 0; i < t.size && !humanReplied; i++) humanReplied = t.kind(i) === 'agent';
  const bot = lastReply >= 0 && t.kind(lastReply) === 'bot' ? (humanReplied ? 'last' : 'only') : null;
  const stopped = because.step !== 'boundary' && abuseStopped(t, run, reply);
  const why = explain(because, { bot, abuseStopped: stopped });
  const guidance: Guidance = {
    step: because.step,
    reason: renderReason(why, ({ key, quotes }) => fillTemplate(ENGLISH_REASONS[key], quotes)),
    why,
    completed: completedSteps(t),
    signals,
  };
  return because.step === 'boundary'
    ? { ...guidance, boundary: { messageId: because.quote.id, evidence: because.quote.quote } }
    : guidance;
}
