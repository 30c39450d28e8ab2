import type { CueCategory } from './cues/schema';
import type { Hit, Hits } from './lexicon';
import type { TextInfo } from './text';

/**
 * What one customer message shows. Every field holds the customer's own words that show it (the
 * evidence), or null. Only customer messages that are not internal notes are ever read this way, so
 * agents, bots and notes can never raise a customer signal.
 */
export interface CustomerRead {
  angry: string | null;
  abusive: string | null;
  demanding: string | null;
  indecisive: string | null;
  churn: string | null;
  publicComplaint: string | null;
  /** Abuse aimed at the agent, staff or company: the agent should set a boundary. */
  boundary: string | null;
  distress: string | null;
  /** The customer reports a bad experience or shows they are upset. */
  grievance: string | null;
  thanks: string | null;
  praise: string | null;
  positiveEmoji: string | null;
  resolved: string | null;
  later: string | null;
  accept: string | null;
  waiting: string | null;
  challenge: string | null;
  rejection: string | null;
  actionRequest: string | null;
  compensation: string | null;
  detailsSent: string | null;
  identifiers: string | null;
  faultReport: string | null;
  directQuestion: string | null;
  question: boolean;
  words: number;
  /** Words in capitals, counted across a run of turns: one tweet may hold only part of the shouting. */
  capitals: string[];
  /** The first dozen words, for reasons that refer to the message as a whole. */
  gist: string;
}

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const DIGIT = /\d/g;

function first(hits: Hits, cat: CueCategory): string | null {
  return hits[cat]?.[0]?.quote ?? null;
}

function covered(hits: Hit[] | undefined, index: number): boolean {
  return (hits ?? []).some((h) => h.first <= index && index <= h.last);
}

function quoteRange(info: TextInfo, from: number, to: number): string {
  return info.text.slice(info.tokens[from]!.start, info.tokens[to]!.end);
}

/**
 * Abuse aimed at the reader: "fuck off", threats, or an insult within a few words of "you" ("you greedy
 * pigs", "you lot are shit", "are you dense"), or "your staff are idiots". Swearing about the situation
 * ("your shitty app", "you fucked this up") is abusive but not aimed, so it keeps the normal step.
 */
function findBoundary(info: TextInfo, hits: Hits, profane: readonly Hit[]): string | null {
  const direct = first(hits, 'directedAbuse') ?? first(hits, 'threat');
  if (direct) return direct;
  const at = (cat: CueCategory) => new Set((hits[cat] ?? []).map((h) => h.first));
  const insults = new Set([...at('insult')].filter((i) => !covered(hits.selfInsult, i)));
  const aimed = at('aimedInsult');
  const copulas = at('copula');
  const swears = new Set(profane.map((h) => h.first));
  const sameSentence = (a: number, b: number) => info.tokens[b]?.sentence === info.tokens[a]!.sentence;
  const scan = (start: number, names: (i: number) => boolean): number => {
    for (let i = start + 1; i <= start + 4 && sameSentence(start, i); i++) {
      if (names(i)) return i;
      // After "are"/"is", swearing names the reader too: "you lot are shit".
      if (copulas.has(i) && swears.has(i + 1) && sameSentence(start, i + 1)) return i + 1;
    }
    return -1;
  };
  for (const hit of hits.secondPerson ?? []) {
    const end = scan(hit.last, (i) => insults.has(i) || aimed.has(i));
    if (end >= 0) return quoteRange(info, hit.first, end);
  }
  for (const hit of hits.secondPossessive ?? []) {
    for (let i = hit.last + 1; i <= hit.last + 3 && sameSentence(hit.last, i); i++) {
      if (copulas.has(i) && insults.has(i + 1)) return quoteRange(info, hit.first, i + 1);
      if (copulas.has(i) && insults.has(i + 2) && sameSentence(i, i + 2)) return quoteRange(info, hit.first, i + 2);
    }
  }
  return null;
}

function gistOf(info: TextInfo): string {
  const words = info.tokens.filter((t) => !t.hashtag).slice(0, 12);
  if (words.length === 0) return info.text.trim().slice(0, 80);
  const gist = info.text.slice(words[0]!.start, words[words.length - 1]!.end);
  return words.length < info.tokens.length ? `${gist}…` : gist;
}

function identifiersIn(info: TextInfo): string | null {
  const email = EMAIL.exec(info.plain);
  if (email) return email[0];
  // Three digits or more: an order, phone, flight or tracking number rather than a version like "11.0".
  const token = info.tokens.find((t) => (t.raw.match(DIGIT)?.length ?? 0) >= 3);
  return token ? token.raw : null;
}

export function readCustomer(info: TextInfo, hits: Hits, profane: readonly Hit[]): CustomerRead {
  const boundary = findBoundary(info, hits, profane);
  const insult = (hits.insult ?? []).find((h) => !covered(hits.selfInsult, h.first));
  const abusive =
    boundary ?? profane[0]?.quote ?? first(hits, 'profanity') ?? insult?.quote ?? first(hits, 'directedAbuse');
  const distress = first(hits, 'distress') ?? first(hits, 'distressEmoji');
  const positiveEmoji = first(hits, 'positiveEmoji');
  const thanks = first(hits, 'thanks') ?? positiveEmoji;
  const praise = first(hits, 'praise');
  const churn = first(hits, 'churn');
  // Capitals and "!!" read as anger unless the message thanks, is short praise or shows distress ("THANK YOU
  // SO MUCH!", "Made it!! lol"). Praise in a long message is often sarcasm ("so glad I pay for this!!").
  const calm = thanks || distress || (praise && info.tokens.length <= 8);
  const loud = calm ? null : (info.exclaim ?? info.shouting);
  const angry =
    first(hits, 'anger') ??
    abusive ??
    first(hits, 'angerEmoji') ??
    loud ??
    // A threat to leave is anger; a question about how to cancel is not.
    (churn && !info.question ? churn : null);
  const demanding = first(hits, 'demand');
  const publicComplaint = first(hits, 'publicComplaint');
  return {
    angry,
    abusive,
    demanding,
    indecisive: first(hits, 'indecision'),
    churn,
    publicComplaint,
    boundary,
    distress,
    // Anger includes a threat to leave; asking how to cancel is not a complaint.
    grievance: first(hits, 'grievance') ?? angry ?? distress ?? publicComplaint,
    thanks,
    praise,
    positiveEmoji,
    resolved: first(hits, 'resolved'),
    later: first(hits, 'later'),
    accept: first(hits, 'accept'),
    waiting: first(hits, 'waiting'),
    challenge: first(hits, 'challenge'),
    rejection: first(hits, 'rejection'),
    actionRequest: first(hits, 'actionRequest'),
    compensation: first(hits, 'compensation'),
    detailsSent: first(hits, 'detailsSent'),
    identifiers: identifiersIn(info),
    faultReport: first(hits, 'faultReport'),
    directQuestion: first(hits, 'directQuestion'),
    question: info.question,
    words: info.tokens.length,
    capitals: calm ? [] : info.capitals,
    gist: gistOf(info),
  };
}
