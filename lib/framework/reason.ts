/** Words from one message, quoted as evidence. */
export interface Quote {
  id: string;
  quote: string;
}

/** Why a step was chosen, with the evidence a reason needs; `explain` turns it into words. */
export type Because =
  | { step: 'listen'; why: 'no-customer' }
  | { step: 'listen'; why: 'grievance'; quote: Quote; generic: string | null }
  | { step: 'boundary'; why: 'first' | 'repeated'; quote: Quote }
  | { step: 'empathize'; why: 'upset'; quote: Quote; ack: Quote; formulaic: Quote | null }
  | { step: 'clarify'; why: 'challenge' | 'missing-details' | 'first-report'; quote: Quote }
  | { step: 'solve'; why: 'unsolved' | 'compensation' | 'rejected' | 'question' | 'answered'; quote: Quote }
  | { step: 'act'; why: 'accepted' | 'promised' | 'waiting' | 'request' | 'details'; quote: Quote }
  | { step: 'document'; why: 'closing'; quote: Quote };

function q(quote: Quote | string): string {
  const text = (typeof quote === 'string' ? quote : quote.quote).replace(/\s+/g, ' ').trim();
  return `"${text.length > 120 ? `${text.slice(0, 119)}…` : text}"`;
}

function sentence(b: Because): string {
  switch (b.step) {
    case 'boundary':
      return b.why === 'repeated'
        ? `The customer is again aiming abuse at you or your team (${q(b.quote)}). If you have already warned them, involve a supervisor or end the conversation.`
        : `The customer's latest message aims abuse at you or your team (${q(b.quote)}). Set a respectful boundary: warn once, offer to continue if the conversation stays civil, and involve a supervisor or end it if the abuse goes on.`;
    case 'listen':
      if (b.why === 'no-customer') return 'The customer has not written yet: let them explain fully before you reply.';
      return (
        `The customer reported a problem (${q(b.quote)}) and no one has acknowledged it yet.` +
        (b.generic ? ` A generic opener (${q(b.generic)}) is not an acknowledgement.` : '') +
        ' Acknowledge the problem and how they feel before anything else.'
      );
    case 'empathize':
      return (
        `The customer is still upset (${q(b.quote)}) and you have acknowledged the problem (${q(b.ack)}) but not apologised yet.` +
        (b.formulaic ? ` ${q(b.formulaic)} does not count as an apology.` : '') +
        ' Apologise for the experience and show real concern.'
      );
    case 'clarify':
      if (b.why === 'challenge')
        return `The customer questions or misreads your last answer (${q(b.quote)}): restate the problem and confirm what they mean.`;
      if (b.why === 'missing-details')
        return `You asked for details (${q(b.quote)}) and the customer has not given them yet: ask again, specifically, and say why you need them.`;
      return `The customer reported a problem (${q(b.quote)}) without the details needed to act: ask specific questions (which device, order or error) and restate the problem to confirm it.`;
    case 'solve':
      switch (b.why) {
        case 'compensation':
          return `The customer asks for compensation (${q(b.quote)}): present the options you can offer and what each gives them.`;
        case 'rejected':
          return `The last suggestion did not work or was already tried (${q(b.quote)}): offer other options and let the customer choose.`;
        case 'question':
          return `The customer asked something you can answer (${q(b.quote)}): answer it, with options where there are any.`;
        case 'answered':
          return `The customer answered your questions (${q(b.quote)}): the problem is clear enough to offer a solution or options.`;
        default:
          return `No adequate solution has been offered yet for what the customer raised (${q(b.quote)}): present options and let them choose.`;
      }
    case 'act':
      switch (b.why) {
        case 'accepted':
          return `The customer accepted what you offered (${q(b.quote)}): do it now and say what happens next and by when.`;
        case 'promised':
          return `The customer is waiting on what you promised (${q(b.quote)}): follow through and give a time for the next update.`;
        case 'waiting':
          return `The customer is still waiting on what was promised (${q(b.quote)}): act on it now and give a time for the next update.`;
        case 'request':
          return `The customer asked for a specific action (${q(b.quote)}): take it, or say plainly what you will do instead, and by when.`;
        default:
          return `The customer sent the details you asked for (${q(b.quote)}): act on them and say what happens next and by when.`;
      }
    case 'document':
      return `The customer is closing or the issue is resolved (${q(b.quote)}): wrap up, then record the complaint, what you offered and the outcome.`;
  }
}

/** What else the agent should know beside the step's own reason. */
export interface ReasonNotes {
  /** Who answered last when it was not a person: a bot after a person (`last`) or only bots (`only`). */
  bot: 'last' | 'only' | null;
  /** The customer aimed abuse at the agent, then stopped: the guidance is back on the steps. */
  abuseStopped: boolean;
}

/** The reason shown to the agent: what happened, quoted, and what the next reply should do. */
export function explain(because: Because, notes: ReasonNotes): string {
  const bot =
    notes.bot === 'only'
      ? ' Only a bot has answered so far; no person has replied yet.'
      : notes.bot === 'last'
        ? ' A bot, not a person, sent the last reply.'
        : '';
  const calm = notes.abuseStopped
    ? ' The customer’s latest messages are no longer abusive, so the guidance is back on the steps.'
    : '';
  return sentence(because) + calm + bot;
}
