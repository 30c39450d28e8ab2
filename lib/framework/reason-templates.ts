// zod/mini: reason keys cross the messaging boundary inside Guidance.
import { z } from 'zod/mini';

/** Every sentence a reason can hold; each is `reasons.<key>` in the locale files. */
export const ReasonKey = z.enum([
  'boundaryFirst',
  'boundaryRepeated',
  'listenNoCustomer',
  'listenGrievance',
  'genericOpener',
  'listenAcknowledge',
  'empathizeUpset',
  'formulaicApology',
  'empathizeApologise',
  'clarifyChallenge',
  'clarifyMissingDetails',
  'clarifyFirstReport',
  'solveUnsolved',
  'solveCompensation',
  'solveRejected',
  'solveQuestion',
  'solveAnswered',
  'actAccepted',
  'actPromised',
  'actWaiting',
  'actRequest',
  'actDetails',
  'documentClosing',
  'noteAbuseStopped',
  'noteBotOnly',
  'noteBotLast',
]);
export type ReasonKey = z.infer<typeof ReasonKey>;

/** One sentence of a reason: its template (`reasons.<key>`) and the words it quotes, for `$1`, `$2`. */
export const ReasonPart = z.strictObject({ key: ReasonKey, quotes: z.array(z.string()) });
export type ReasonPart = z.infer<typeof ReasonPart>;

/**
 * The English templates, for `Guidance.reason` (read by tools, logs and evaluations, which have no locale
 * files). They are `reasons.*` of locales/en.yml word for word — tests/unit/framework/reason-templates.test.ts
 * fails when the two differ — so the panel, which renders `Guidance.why` in the UI language, says the same.
 */
export const ENGLISH_REASONS: Record<ReasonKey, string> = {
  boundaryFirst:
    'The customer\'s latest message aims abuse at you or your team ("$1"). Set a respectful boundary: warn once, offer to continue if the conversation stays civil, and involve a supervisor or end it if the abuse goes on.',
  boundaryRepeated:
    'The customer is again aiming abuse at you or your team ("$1"). If you have already warned them, involve a supervisor or end the conversation.',
  listenNoCustomer: 'The customer has not written yet: let them explain fully before you reply.',
  listenGrievance: 'The customer reported a problem ("$1") and no one has acknowledged it yet.',
  genericOpener: 'A generic opener ("$1") is not an acknowledgement.',
  listenAcknowledge: 'Acknowledge the problem and how they feel before anything else.',
  empathizeUpset:
    'The customer is still upset ("$1") and you have acknowledged the problem ("$2") but not apologised yet.',
  formulaicApology: '"$1" does not count as an apology.',
  empathizeApologise: 'Apologise for the experience and show real concern.',
  clarifyChallenge:
    'The customer questions or misreads your last answer ("$1"): restate the problem and confirm what they mean.',
  clarifyMissingDetails:
    'You asked for details ("$1") and the customer has not given them yet: ask again, specifically, and say why you need them.',
  clarifyFirstReport:
    'The customer reported a problem ("$1") without the details needed to act: ask specific questions (which device, order or error) and restate the problem to confirm it.',
  solveUnsolved:
    'No adequate solution has been offered yet for what the customer raised ("$1"): present options and let them choose.',
  solveCompensation:
    'The customer asks for compensation ("$1"): present the options you can offer and what each gives them.',
  solveRejected:
    'The last suggestion did not work or was already tried ("$1"): offer other options and let the customer choose.',
  solveQuestion: 'The customer asked something you can answer ("$1"): answer it, with options where there are any.',
  solveAnswered:
    'The customer answered your questions ("$1"): the problem is clear enough to offer a solution or options.',
  actAccepted: 'The customer accepted what you offered ("$1"): do it now and say what happens next and by when.',
  actPromised:
    'The customer is waiting on what you promised ("$1"): follow through and give a time for the next update.',
  actWaiting:
    'The customer is still waiting on what was promised ("$1"): act on it now and give a time for the next update.',
  actRequest:
    'The customer asked for a specific action ("$1"): take it, or say plainly what you will do instead, and by when.',
  actDetails: 'The customer sent the details you asked for ("$1"): act on them and say what happens next and by when.',
  documentClosing:
    'The customer is closing or the issue is resolved ("$1"): wrap up, then record the complaint, what you offered and the outcome.',
  noteAbuseStopped: 'The customer’s latest messages are no longer abusive, so the guidance is back on the steps.',
  noteBotOnly: 'Only a bot has answered so far; no person has replied yet.',
  noteBotLast: 'A bot, not a person, sent the last reply.',
};
