import type { CueCategory } from './cues/schema';
import { clauseOf } from './clause';
import type { Hit, Hits } from './lexicon';
import type { TextInfo } from './text';

/**
 * What one customer message shows. Every field holds the customer's own words that show it (the
 * evidence), or null. Only customer messages that are not internal notes are ever read this way, so
 * agents, bots and notes can never raise a customer signal.
 */
export interface CustomerRead {
  angry: string | null;
  /** Praise that reads as sarcasm next to a complaint ("well done, another hour on hold"); see `decide`. */
  sarcasm: string | null;
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
  /** Time the customer counts as lost ("three days without internet"); a grievance when it opens the conversation. */
  timeLost: string | null;
  thanks: string | null;
  praise: string | null;
  positiveEmoji: string | null;
  resolved: string | null;
  later: string | null;
  accept: string | null;
  /** "Yes", "sure", "ok" as the first word: agreement when it answers a proposal. */
  affirm: string | null;
  waiting: string | null;
  challenge: string | null;
  rejection: string | null;
  actionRequest: string | null;
  compensation: string | null;
  detailsSent: string | null;
  identifiers: string | null;
  faultReport: string | null;
  directQuestion: string | null;
  helpRequest: string | null;
  question: boolean;
  words: number;
  /** Words in capitals, counted across a run of turns: one tweet may hold only part of the shouting. */
  capitals: string[];
  /** The first dozen words, for reasons that refer to the message as a whole. */
  gist: string;
}

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;

/** The first cue of a category, quoted as the clause it stands in. */
function first(info: TextInfo, hits: Hits, cat: CueCategory): string | null {
  const hit = hits[cat]?.[0];
  return hit ? clauseOf(info, hit) : null;
}

function covered(hits: Hit[] | undefined, index: number): boolean {
  return (hits ?? []).some((h) => h.first <= index && index <= h.last);
}

function quoteRange(info: TextInfo, from: number, to: number): string {
  return info.text.slice(info.tokens[from]!.start, info.tokens[to]!.end);
}

/**
 * Abuse aimed at the reader: "fuck off", threats, or an insult within a few words of "you" ("you useless
 * clowns", "you lot are idiots", "are you dense"), or "your staff are idiots". Swearing about the situation
 * ("your shitty app", "you fucked this up") is abusive but not aimed, so it keeps the normal step.
 */
function findBoundary(info: TextInfo, hits: Hits, profane: readonly Hit[]): string | null {
  const direct = first(info, hits, 'directedAbuse') ?? first(info, hits, 'threat');
  if (direct) return direct;
  // Most messages hold no insult and no swearing: nothing can be aimed, so skip the scan.
  if (!hits.insult && !hits.aimedInsult && profane.length === 0) return null;
  const at = (cat: CueCategory) => new Set((hits[cat] ?? []).map((h) => h.first));
  const insults = new Set([...at('insult')].filter((i) => !covered(hits.selfInsult, i)));
  const aimed = at('aimedInsult');
  const copulas = at('copula');
  const swears = new Set(profane.map((h) => h.first));
  const sentenceOf = (i: number) => info.tokens[i]?.sentence ?? -1;
  const sameSentence = (a: number, b: number) => sentenceOf(b) === sentenceOf(a);
  const names = (i: number) => insults.has(i) || aimed.has(i);
  const scan = (start: number): number => {
    for (let i = start + 1; i <= start + 5 && sameSentence(start, i); i++) {
      if (names(i)) return i;
      // After "are"/"is", swearing names the reader too: "you lot are shit".
      if (copulas.has(i) && swears.has(i + 1) && sameSentence(start, i + 1)) return i + 1;
    }
    return -1;
  };
  for (const hit of hits.secondPerson ?? []) {
    const end = scan(hit.last);
    if (end >= 0) return quoteRange(info, hit.first, end);
    // The insult can come first: "clowns, the lot of you", "what a bunch of idiots you are".
    for (let i = hit.first - 1; i >= hit.first - 4 && i >= 0 && sameSentence(hit.first, i); i--)
      if (insults.has(i) || aimed.has(i)) return quoteRange(info, i, hit.last);
  }
  for (const hit of hits.secondPossessive ?? []) {
    // "Your staff are (a bunch of) idiots."
    for (let i = hit.last + 1; i <= hit.last + 3 && sameSentence(hit.last, i); i++) {
      if (!copulas.has(i)) continue;
      for (let k = i + 1; k <= i + 4 && sameSentence(i, k); k++)
        if (insults.has(k)) return quoteRange(info, hit.first, k);
    }
  }
  return null;
}

/**
 * A sentence that opens with a command ("Send someone NOW", "Please sort this out", "Just give me the number"):
 * the imperative mood aimed at the company is a demand whatever the verb. Questions are requests, not demands.
 */
function imperativeOf(info: TextInfo, hits: Hits): string | null {
  const verbs = new Set((hits.imperative ?? []).map((h) => h.first));
  if (verbs.size === 0) return null;
  const soft = new Set((hits.softener ?? []).map((h) => h.first));
  for (const index of verbs) {
    const sentence = info.tokens[index]!.sentence;
    if (info.questionSentences.includes(sentence)) continue;
    let k = index - 1;
    while (k >= 0 && info.tokens[k]!.sentence === sentence && soft.has(k)) k--;
    if (k < 0 || info.tokens[k]!.sentence !== sentence)
      return quoteRange(info, k + 1, Math.min(index + 3, lastOf(info, sentence)));
  }
  return null;
}

function lastOf(info: TextInfo, sentence: number): number {
  let last = 0;
  info.tokens.forEach((t, i) => {
    if (t.sentence === sentence) last = i;
  });
  return last;
}

/** "Should I wait or book a new slot?": a question that asks the agent to choose between alternatives. */
function choiceOf(info: TextInfo, hits: Hits): string | null {
  for (const h of hits.choice ?? []) {
    const sentence = info.tokens[h.first]!.sentence;
    if (!info.questionSentences.includes(sentence)) continue;
    const or = (hits.alternative ?? []).some((a) => a.first > h.last && info.tokens[a.first]!.sentence === sentence);
    if (or) return clauseOf(info, h);
  }
  return null;
}

/** Demand words count outside questions: "how can I fix it?" asks, "fix it!" demands. */
function demandOf(info: TextInfo, hits: Hits): string | null {
  const hit = (hits.demand ?? []).find((h) => !info.questionSentences.includes(info.tokens[h.first]!.sentence));
  return hit ? clauseOf(info, hit) : imperativeOf(info, hits);
}

const NUMBER = /^\d/;

/**
 * "three days without internet", "40 minutes and no answer", "two weeks later": a customer who counts the time lost is
 * reporting a bad experience, whatever words come around it.
 */
function timeLostIn(info: TextInfo, hits: Hits): string | null {
  const words = new Set((hits.quantity ?? []).map((h) => h.last));
  // Only time spent or lost counts ("for 3 days", "2 hours later", "been a week"), not "in 5 mins" or "a week?".
  const lost = new Set((hits.timeLost ?? []).map((h) => info.tokens[h.first]!.sentence));
  for (const unit of hits.timeUnit ?? []) {
    const before = unit.first - 1;
    const token = info.tokens[before];
    const sentence = info.tokens[unit.first]!.sentence;
    if (!token || token.sentence !== sentence || !lost.has(sentence) || info.questionSentences.includes(sentence))
      continue;
    if (NUMBER.test(token.raw) || words.has(before)) return quoteRange(info, before, unit.last);
  }
  return null;
}

function gistOf(info: TextInfo): string {
  const words = info.tokens.filter((t) => !t.hashtag).slice(0, 12);
  if (words.length === 0) return info.text.trim().slice(0, 80);
  const gist = info.text.slice(words[0]!.start, words[words.length - 1]!.end);
  return words.length < info.tokens.length ? `${gist}…` : gist;
}

// Three digits or more: an order, phone, flight or tracking number rather than a version like "11.0".
function hasNumber(raw: string): boolean {
  let digits = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits >= 3) return true;
  }
  return false;
}

function identifiersIn(info: TextInfo): string | null {
  const email = info.plain.includes('@') ? EMAIL.exec(info.plain) : null;
  if (email) return email[0];
  const token = info.tokens.find((t) => hasNumber(t.raw));
  // A link in a reply to a request for details is the screenshot, photo or page that was asked for.
  return token ? token.raw : info.link;
}

export function readCustomer(info: TextInfo, hits: Hits, profane: readonly Hit[]): CustomerRead {
  const boundary = findBoundary(info, hits, profane);
  const insult = (hits.insult ?? []).find((h) => !covered(hits.selfInsult, h.first));
  const abusive =
    boundary ??
    profane[0]?.quote ??
    first(info, hits, 'profanity') ??
    insult?.quote ??
    first(info, hits, 'directedAbuse');
  const distress = first(info, hits, 'distress') ?? first(info, hits, 'distressEmoji');
  const positiveEmoji = first(info, hits, 'positiveEmoji');
  const thanks = first(info, hits, 'thanks') ?? positiveEmoji;
  const praise = first(info, hits, 'praise');
  const churn = first(info, hits, 'churn');
  // Capitals and "!!" read as anger unless the message thanks, is short praise or shows distress ("THANK YOU
  // SO MUCH!", "Made it!! lol"). Praise in a long message is often sarcasm ("so glad I pay for this!!").
  const calm = thanks || distress || (praise && info.tokens.length <= 8);
  const loud = calm ? null : (info.exclaim ?? info.shouting);
  // Masking a word ("p***ed off") is swearing held back: anger even when the word itself is mild.
  const masked = info.tokens.find((t) => t.masked)?.raw ?? null;
  const angry =
    first(info, hits, 'anger') ??
    abusive ??
    first(info, hits, 'angerEmoji') ??
    masked ??
    loud ??
    // A threat to leave is anger; a question about how to cancel is not.
    (churn && !info.question ? churn : null);
  const demanding = demandOf(info, hits);
  const publicComplaint = first(info, hits, 'publicComplaint');
  return {
    angry,
    sarcasm: first(info, hits, 'sarcasm'),
    abusive,
    demanding,
    indecisive: first(info, hits, 'indecision') ?? choiceOf(info, hits),
    churn,
    publicComplaint,
    boundary,
    distress,
    // Anger includes a threat to leave; asking how to cancel is not a complaint.
    grievance: first(info, hits, 'grievance') ?? angry ?? publicComplaint,
    timeLost: timeLostIn(info, hits),
    thanks,
    praise,
    positiveEmoji,
    resolved: first(info, hits, 'resolved'),
    later: first(info, hits, 'later'),
    accept: first(info, hits, 'accept'),
    affirm: hits.affirm?.find((h) => h.first === 0)?.quote ?? null,
    waiting: first(info, hits, 'waiting'),
    challenge: first(info, hits, 'challenge'),
    rejection: first(info, hits, 'rejection'),
    actionRequest: first(info, hits, 'actionRequest'),
    compensation: first(info, hits, 'compensation'),
    // "Done." on its own answers "please DM us": a longer message saying "done" is usually about something else.
    detailsSent: first(info, hits, 'detailsSent') ?? (info.tokens.length <= 3 ? first(info, hits, 'doneWord') : null),
    identifiers: identifiersIn(info),
    faultReport: first(info, hits, 'faultReport'),
    directQuestion: first(info, hits, 'directQuestion'),
    helpRequest: first(info, hits, 'helpRequest'),
    question: info.question,
    words: info.tokens.length,
    capitals: calm ? [] : info.capitals,
    gist: gistOf(info),
  };
}
