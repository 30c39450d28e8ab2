import type { CueCategory } from './cues/schema';
import { clauseAround, clauseOf } from './clause';
import type { Hit, Hits } from './lexicon';
import type { TextInfo } from './text';

/** What one agent reply did, each as the agent's own words (evidence), or null. */
export interface AgentRead {
  acknowledge: string | null;
  apology: string | null;
  /** Formulaic regret that does not count ("sorry you feel this way"); kept to explain why. */
  formulaic: string | null;
  /** A generic opener ("thanks for reaching out"); kept to explain why it was not acknowledgement. */
  generic: string | null;
  clarify: string | null;
  offer: string | null;
  /** Committed to an action with a time, or reports an action done. */
  act: string | null;
  /** Any promise of further action, with or without a time. */
  promise: string | null;
  /** The promise only passes feedback on ("we'll share this with the team"): nothing will happen to this case. */
  feedbackOnly: string | null;
  wrapUp: string | null;
  requestDetails: string | null;
  /** Proposes something the customer can accept with a plain "yes" ("would you like…", "is that ok?"). */
  proposal: string | null;
  /** The reply asks the customer for something: a question or a request for details. */
  asked: boolean;
}

function first(hits: Hits, cat: CueCategory): Hit | undefined {
  return hits[cat]?.[0];
}

function overlaps(a: Hit, list: Hit[] | undefined): boolean {
  return (list ?? []).some((b) => a.first <= b.last && b.first <= a.last);
}

/** Up to a dozen words of the first specific question, so the agent can recognise their own question. */
function specificQuestion(info: TextInfo, hits: Hits): string | null {
  const generic = new Set((hits.genericOpener ?? []).map((h) => info.tokens[h.first]!.sentence));
  for (const sentence of info.questionSentences) {
    if (generic.has(sentence)) continue;
    const words = info.tokens.filter((t) => t.sentence === sentence && !t.hashtag);
    if (words.length < 2) continue;
    const shown = words.slice(0, 12);
    return info.text.slice(shown[0]!.start, shown[shown.length - 1]!.end) + '?';
  }
  return null;
}

// "How do you mean, sorry?" asks the customer to repeat; a bare "sorry" inside a question is not an apology.
function pardon(info: TextInfo, hit: Hit): boolean {
  return hit.first === hit.last && info.questionSentences.includes(info.tokens[hit.first]!.sentence);
}

/** "Your order number" asks for it in a question or beside "please"/"send"; in a statement it only mentions it. */
function detailRequested(info: TextInfo, hits: Hits): string | null {
  const nouns = hits.detailNoun;
  if (!nouns) return null;
  const asking = new Set(info.questionSentences);
  for (const h of hits.requestMarker ?? []) asking.add(info.tokens[h.first]!.sentence);
  const hit = nouns.find((h) => asking.has(info.tokens[h.first]!.sentence));
  return hit ? clauseOf(info, hit) : null;
}

export function readAgent(info: TextInfo, hits: Hits): AgentRead {
  const apologyHit = (hits.apology ?? []).find((h) => !overlaps(h, hits.notApology) && !pardon(info, h));
  const ackHit = (hits.acknowledge ?? []).find((h) => !overlaps(h, hits.notApology));
  const promise = first(hits, 'promise');
  const timeframe = first(hits, 'timeframe');
  const done = first(hits, 'done');
  const act =
    (done ? clauseOf(info, done) : null) ??
    (promise && timeframe
      ? clauseAround(info, Math.min(promise.first, timeframe.first), Math.max(promise.last, timeframe.last))
      : null);
  // Each quote is the clause that did it ("Oh no, that is not what we want to hear"), never a fragment.
  const said = (hit: Hit | undefined) => (hit ? clauseOf(info, hit) : null);
  const requestDetails = said(first(hits, 'requestDetails')) ?? detailRequested(info, hits);
  return {
    acknowledge: said(ackHit) ?? said(first(hits, 'ackEmoji')) ?? said(apologyHit),
    apology: said(apologyHit),
    formulaic: said(first(hits, 'notApology')),
    generic: said(first(hits, 'genericOpener')),
    clarify: said(first(hits, 'restate')) ?? specificQuestion(info, hits),
    offer: said(first(hits, 'offer')),
    act,
    promise: said(promise) ?? said(done),
    feedbackOnly: said(first(hits, 'feedbackOnly')),
    wrapUp: said(first(hits, 'wrapUp')),
    requestDetails,
    proposal: said(first(hits, 'proposal')),
    asked: info.question || requestDetails !== null,
  };
}
