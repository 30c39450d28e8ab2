/**
 * The acts a turn performs: what the step rules are made of (see lib/framework/README.md). The learned
 * detectors in `model/` recognise them; the corpus in data/corpus/ labels every turn with them.
 */
export const CUSTOMER_ACTS = [
  /** A bad experience caused by the company or its staff, angry or calm (not received, charged, ignored…). */
  'grievance',
  /** Feelings about it: anger, sarcasm, exasperation, despair, said rather than reported. */
  'venting',
  /** A question the agent can answer. */
  'question',
  /** Gives what is needed to act: an order or booking number, account, device, store, "DM sent", "done". */
  'details-given',
  /** Picks or accepts what the agent proposed. */
  'accepts',
  /** Turns down the fix or says it did not work / was already tried. */
  'rejects',
  /** Disputes or misreads what the agent said ("that's not what I asked", "so does that mean…?"). */
  'challenges',
  /** Asks for a refund, credit, voucher or other compensation. */
  'asks-compensation',
  /** Asks for a specific action: call me, send an engineer, cancel it, a manager. */
  'asks-action',
  /** Waiting on, or chasing, something promised for this case. */
  'chasing',
  /** Cannot choose between options, or asks the agent to choose. */
  'indecision',
  /** Thanks, "ok", "I'll try that", moving on. */
  'closing',
  /** Says the problem is solved. */
  'resolved',
  /** Severe abuse or threats aimed at the agent, staff or company: the boundary case. */
  'abuse-at-staff',
] as const;
export type CustomerAct = (typeof CUSTOMER_ACTS)[number];

export const AGENT_ACTS = [
  /** Acknowledges the problem or the feeling: "oh no", "that's far too long", "I understand", a restatement. */
  'acknowledge',
  /** A real apology: "sorry to hear", "we apologise for…". */
  'apology',
  /** Regret that does not apologise: "sorry you feel this way", "sorry if…". */
  'formulaic-apology',
  /** "Thanks for reaching out, happy to help": friendly, acknowledges nothing. */
  'generic-opener',
  /** Asks for the details needed to act (number, device, DM). */
  'asks-details',
  /** Says back what the customer reported ("so the parcel never arrived"). */
  'restates',
  /** Offers a solution or options the customer can take. */
  'proposes-options',
  /** Commits to an action on this case with a time, or reports it done. */
  'commits-with-time',
  /** Promises a further action on this case without a time. */
  'promises',
  /** Only passes feedback on ("we'll share this with the team"): nothing happens to this case. */
  'feedback-only',
  /** Wraps up: "anything else?", "have a great day", the case is closed. */
  'wraps-up',
] as const;
export type AgentAct = (typeof AGENT_ACTS)[number];
