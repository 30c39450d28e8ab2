import { clipText } from '@/lib/clip';
import type { ReasonKey, ReasonPart } from './reason-templates';

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

/** The words a reason quotes: whitespace folded, cut at 120 characters, never translated. */
function q(quote: Quote | string): string {
  const text = (typeof quote === 'string' ? quote : quote.quote).replace(/\s+/g, ' ').trim();
  return clipText(text, 120);
}

const part = (key: ReasonKey, ...quotes: Array<Quote | string>): ReasonPart => ({ key, quotes: quotes.map(q) });

function stepParts(b: Because): ReasonPart[] {
  switch (b.step) {
    case 'boundary':
      return [part(b.why === 'repeated' ? 'boundaryRepeated' : 'boundaryFirst', b.quote)];
    case 'listen':
      if (b.why === 'no-customer') return [part('listenNoCustomer')];
      return [
        part('listenGrievance', b.quote),
        ...(b.generic ? [part('genericOpener', b.generic)] : []),
        part('listenAcknowledge'),
      ];
    case 'empathize':
      return [
        part('empathizeUpset', b.quote, b.ack),
        ...(b.formulaic ? [part('formulaicApology', b.formulaic)] : []),
        part('empathizeApologise'),
      ];
    case 'clarify':
      return [part(CLARIFY[b.why], b.quote)];
    case 'solve':
      return [part(SOLVE[b.why], b.quote)];
    case 'act':
      return [part(ACT[b.why], b.quote)];
    case 'document':
      return [part('documentClosing', b.quote)];
  }
}

const CLARIFY = {
  challenge: 'clarifyChallenge',
  'missing-details': 'clarifyMissingDetails',
  'first-report': 'clarifyFirstReport',
} as const satisfies Record<Extract<Because, { step: 'clarify' }>['why'], ReasonKey>;

const SOLVE = {
  unsolved: 'solveUnsolved',
  compensation: 'solveCompensation',
  rejected: 'solveRejected',
  question: 'solveQuestion',
  answered: 'solveAnswered',
} as const satisfies Record<Extract<Because, { step: 'solve' }>['why'], ReasonKey>;

const ACT = {
  accepted: 'actAccepted',
  promised: 'actPromised',
  waiting: 'actWaiting',
  request: 'actRequest',
  details: 'actDetails',
} as const satisfies Record<Extract<Because, { step: 'act' }>['why'], ReasonKey>;

/** What else the agent should know beside the step's own reason. */
export interface ReasonNotes {
  /** Who answered last when it was not a person: a bot after a person (`last`) or only bots (`only`). */
  bot: 'last' | 'only' | null;
  /** The customer aimed abuse at the agent, then stopped: the guidance is back on the steps. */
  abuseStopped: boolean;
}

/** The reason shown to the agent, sentence by sentence: what happened, quoted, and what to do next. */
export function explain(because: Because, notes: ReasonNotes): ReasonPart[] {
  return [
    ...stepParts(because),
    ...(notes.abuseStopped ? [part('noteAbuseStopped')] : []),
    ...(notes.bot === 'only' ? [part('noteBotOnly')] : notes.bot === 'last' ? [part('noteBotLast')] : []),
  ];
}

/** A reason in words, one sentence per part; `say` words a part in some language (the panel: its locale's). */
export function renderReason(parts: readonly ReasonPart[], say: (part: ReasonPart) => string): string {
  return parts.map(say).join(' ');
}

/** `$1`, `$2` of a template filled with the quotes, the way `browser.i18n.getMessage` fills them. */
export function fillTemplate(template: string, quotes: readonly string[]): string {
  return template.replace(/\$([1-9])/g, (_, n: string) => quotes[Number(n) - 1] ?? '');
}
