import type { AgentRead } from './agent-acts';
import type { MessageScores } from './model/detector';
import type { RoleModel } from './model/act-model';
import type { CustomerRead } from './customer-acts';

/**
 * Where the learned detectors' findings go in the reads the rules decide over. Each detector fills one
 * field (or more) with the words that carried it, so the rules and their explanations stay as they are.
 */
export type ActSource = 'rules' | 'learned' | 'both';

type StringField<T> = { [K in keyof T]: T[K] extends string | null ? K : never }[keyof T];

const CUSTOMER_FIELDS: Readonly<Record<string, ReadonlyArray<StringField<CustomerRead>>>> = {
  grievance: ['grievance'],
  // Venting is reported feeling: it opens Listen like a grievance does.
  venting: ['grievance'],
  question: ['directQuestion'],
  // Details count as sent only when the reply asked for them (see `decide`); answers to a diagnostic question
  // ("the 2019 model") are what the problem is, which the rules read as an answer.
  'details-given': ['identifiers'],
  accepts: ['accept'],
  rejects: ['rejection'],
  challenges: ['challenge'],
  'asks-compensation': ['compensation'],
  'asks-action': ['actionRequest'],
  chasing: ['waiting'],
  closing: ['thanks'],
  resolved: ['resolved'],
  'abuse-at-staff': ['boundary'],
  angry: ['angry'],
  abusive: ['abusive'],
  demanding: ['demanding'],
  indecisive: ['indecisive'],
  'churn-risk': ['churn'],
  'public-complaint': ['publicComplaint'],
};

const AGENT_FIELDS: Readonly<Record<string, ReadonlyArray<StringField<AgentRead>>>> = {
  acknowledge: ['acknowledge'],
  restates: ['acknowledge', 'clarify'],
  apology: ['apology', 'acknowledge'],
  'formulaic-apology': ['formulaic'],
  'generic-opener': ['generic'],
  'asks-details': ['requestDetails', 'clarify'],
  'proposes-options': ['offer', 'proposal'],
  'commits-with-time': ['act', 'promise'],
  promises: ['promise'],
  'feedback-only': ['feedbackOnly', 'promise'],
  'wraps-up': ['wrapUp'],
};

/** A detection close to its threshold: the basis of the `alternative` step. */
export interface Borderline {
  field: string;
  /** |probability − threshold|. */
  margin: number;
  /** Whether the detector found its act (so flipping it empties the field). */
  present: boolean;
  /** The detector's index in the scores, to quote its words when flipped on. */
  detector: number;
  scores: MessageScores;
}

/** The field's value had the borderline detection gone the other way. */
export function flipped(b: Borderline): string | null {
  return b.present ? null : b.scores.quote(b.detector);
}

/** Detections nearer than this to their threshold could have gone the other way. */
export const BORDER = 0.15;

const logit = (p: number) => Math.log(p / (1 - p));

/** Each detector's threshold and borderline band in log-odds, so a message needs no exponentials. */
interface Bands {
  at: Float64Array;
  low: Float64Array;
  high: Float64Array;
}
const bands = new WeakMap<RoleModel, Bands>();

function bandsOf(model: RoleModel): Bands {
  let b = bands.get(model);
  if (!b) {
    const t = model.detectors.map((d) => d.threshold);
    b = {
      at: Float64Array.from(t, logit),
      low: Float64Array.from(t, (x) => (x - BORDER <= 0 ? -Infinity : logit(x - BORDER))),
      high: Float64Array.from(t, (x) => (x + BORDER >= 1 ? Infinity : logit(x + BORDER))),
    };
    bands.set(model, b);
  }
  return b;
}

function merge<T extends object>(
  read: T,
  fields: Readonly<Record<string, ReadonlyArray<StringField<T>>>>,
  model: RoleModel,
  scores: MessageScores,
  source: ActSource,
): { read: T; borderline: Borderline[] } {
  const rules = read as Record<string, unknown>;
  const out: Record<string, unknown> = { ...rules };
  // Fields a detector has spoken for in this message: the first detector that found one keeps it.
  const found: string[] = [];
  const borderline: Borderline[] = [];
  const { at, low, high } = bandsOf(model);
  const { detectors } = model;
  for (let d = 0; d < detectors.length; d++) {
    const targets = fields[detectors[d]!.name] as readonly string[] | undefined;
    if (!targets) continue;
    const z = scores.logits[d]!;
    const present = z >= at[d]!;
    const near = z > low[d]! && z < high[d]!;
    for (const field of targets) {
      const rule = rules[field] as string | null;
      const taken = found.includes(field);
      if (present && !taken) {
        found.push(field);
        out[field] = source === 'learned' ? scores.quote(d) : (rule ?? scores.quote(d));
      } else if (!taken && source === 'learned') out[field] = null;
      // Only a field the rules left empty can hinge on the detector.
      if (near && (source === 'learned' || rule === null)) {
        const margin = Math.abs(scores.probability(d) - detectors[d]!.threshold);
        borderline.push({ field, margin, present, detector: d, scores });
      }
    }
  }
  return { read: out as T, borderline };
}

export function mergeCustomer(read: CustomerRead, model: RoleModel, scores: MessageScores, source: ActSource) {
  return merge(read, CUSTOMER_FIELDS, model, scores, source);
}

export function mergeAgent(read: AgentRead, model: RoleModel, scores: MessageScores, source: ActSource) {
  const merged = merge(read, AGENT_FIELDS, model, scores, source);
  // A reply that asks for details or proposes something asks the customer for an answer.
  const r = merged.read;
  merged.read = { ...r, asked: r.asked || r.requestDetails !== null || r.proposal !== null };
  return merged;
}
