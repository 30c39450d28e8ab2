// zod/mini and no cue words: a draft's read crosses the messaging boundary (background → side panel), and
// the panel judges it against the step it shows without loading the engine.
import { z } from 'zod/mini';
import type { AgentRead } from './agent-acts';
import { CHECKLIST } from './checklist';
import type { GuidanceStep, StepId } from './steps';

const Said = z.nullable(z.string());

/** What a reply being written does: the same read the checklist takes of a sent reply (`readAgent`). */
export const DraftRead = z.strictObject({
  acknowledge: Said,
  apology: Said,
  formulaic: Said,
  generic: Said,
  clarify: Said,
  offer: Said,
  act: Said,
  promise: Said,
  feedbackOnly: Said,
  wrapUp: Said,
  requestDetails: Said,
  proposal: Said,
  asked: z.boolean(),
}) satisfies z.ZodMiniType<AgentRead>;
export type DraftRead = AgentRead;

/** One thing a step asks the reply to do. */
export type DraftPart = 'acknowledge' | 'apology' | 'clarify' | 'solve' | 'act' | 'document' | 'continue';

/**
 * What each step asks of the reply. Empathize keeps the acknowledgement it builds on (an apology alone is
 * one too, as in the checklist). A boundary asks for a warning, which no cue reads, and an offer to carry
 * on: that offer is the part a draft can be checked for.
 */
export const STEP_PARTS: Readonly<Record<GuidanceStep, readonly DraftPart[]>> = {
  listen: ['acknowledge'],
  empathize: ['acknowledge', 'apology'],
  clarify: ['clarify'],
  solve: ['solve'],
  act: ['act'],
  document: ['document'],
  boundary: ['continue'],
};

const checklistEvidence = (step: StepId) => CHECKLIST.find((item) => item.step === step)!.evidence;

/** The words that perform each part: the checklist's own evidence for the step that part is. */
const PERFORMED: Readonly<Record<DraftPart, (read: AgentRead) => string | null>> = {
  acknowledge: checklistEvidence('listen'),
  apology: checklistEvidence('empathize'),
  clarify: checklistEvidence('clarify'),
  solve: checklistEvidence('solve'),
  act: checklistEvidence('act'),
  document: checklistEvidence('document'),
  continue: (read) => read.proposal ?? read.offer,
};

/** Words that look like the part but do not count, said back so the agent sees why. */
const NOT_YET: Partial<Record<DraftPart, { why: DraftShortfall; said: (read: AgentRead) => string | null }>> = {
  acknowledge: { why: 'generic', said: (read) => read.generic },
  apology: { why: 'formulaic', said: (read) => read.formulaic },
  act: { why: 'untimed', said: (read) => read.promise },
};

/** Why words close to a part do not perform it: a generic opener, formulaic regret, a promise with no time. */
export type DraftShortfall = 'generic' | 'formulaic' | 'untimed';

export interface DraftCheck {
  step: GuidanceStep;
  /** Each part the draft performs, with the draft's own words that do it. */
  performed: Array<{ part: DraftPart; evidence: string }>;
  /** Each part still missing; `near` quotes words that come close and says why they do not count. */
  missing: Array<{ part: DraftPart; near: { why: DraftShortfall; evidence: string } | null }>;
}

/** Which parts of `step` a read draft performs and which it is still missing. */
export function judgeDraft(read: AgentRead, step: GuidanceStep): DraftCheck {
  const check: DraftCheck = { step, performed: [], missing: [] };
  for (const part of STEP_PARTS[step]) {
    const evidence = PERFORMED[part](read);
    if (evidence !== null) {
      check.performed.push({ part, evidence });
      continue;
    }
    const near = NOT_YET[part];
    const said = near?.said(read) ?? null;
    check.missing.push({ part, near: near && said !== null ? { why: near.why, evidence: said } : null });
  }
  return check;
}
