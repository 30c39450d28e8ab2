import { z } from 'zod/mini';

/**
 * Cue categories the engine understands. A cue set only lists words and phrases per category; the engine
 * decides what they mean, so phrase packs can extend the vocabulary without shipping executable rules.
 * Categories ending in `Emoji` are matched as plain substrings (emoji, emoticons); all others are matched
 * word by word after the text is normalised (entities decoded, links and handles removed, lower-cased).
 */
export const CUE_CATEGORIES = [
  // What a customer turn says.
  'anger', // explicit anger, frustration, annoyance, sarcasm markers
  'angerEmoji',
  'sarcasm', // praise that is anger from a customer whose complaint stands ("great job", "well done")
  'distress', // worry or sadness: upset, but not anger
  'distressEmoji',
  'profanity', // abbreviations and masked forms the profanity library does not know (wtf, "f this")
  'notAbusive', // words or phrases the profanity library flags that are not abuse here ("pain in the ass")
  'insult', // personal insults that are abusive wherever they appear
  'aimedInsult', // words that only insult when aimed at someone ("you useless clowns")
  'selfInsult', // insults the writer aims at themselves, which are not abuse
  'directedAbuse', // abuse that is aimed by itself ("fuck off")
  'threat',
  'secondPerson', // words that aim a sentence at the reader
  'secondPossessive', // "your": aims a sentence at the reader's staff or company
  'copula', // "are", "is": joins the reader to what they are called
  'grievance', // a bad experience caused by the company or its staff
  'faultReport', // a technical fault, which on its own is not a grievance
  'timeUnit', // "hours", "days": with a number before it, time the customer has lost ("three days without internet")
  'quantity', // "a", "two", "several": a number written as a word, before a time unit
  'timeLost', // "for", "since", "later", "without": the time unit counts time the customer lost
  'directQuestion', // a question that can be answered straight away
  'helpRequest', // asks for help or ideas without saying what would help ("any ideas?", "can you help?")
  'demand',
  'imperative', // verbs that make a demand when they open a sentence ("Send someone now", "Get me a manager")
  'softener', // words an imperative may follow and still be one ("please", "just", "kindly")
  'indecision',
  'choice', // "should I": indecision when the same question offers alternatives ("…wait or book?")
  'alternative', // "or": joins the alternatives of a choice
  'churn',
  'publicComplaint',
  'thanks',
  'praise', // "great", "perfect", "lol": positive only when the message is short
  'positiveEmoji',
  'resolved',
  'later', // the customer will try something or come back later
  'accept',
  'affirm', // "yes", "sure", "ok": agreement only when the reply opens with it and answers a proposal
  'waiting',
  'challenge',
  'rejection',
  'actionRequest',
  'compensation',
  'detailsSent',
  'doneWord', // "done", "sent": details sent when the whole reply is one of these words
  // What an agent reply does.
  'acknowledge',
  'ackEmoji',
  'apology',
  'notApology', // formulaic regret that is not an apology ("sorry you feel this way")
  'genericOpener',
  'restate',
  'offer',
  'promise',
  'feedbackOnly', // "we'll pass your feedback on": a promise about the product, not about this customer's case
  'timeframe',
  'done',
  'wrapUp',
  'requestDetails',
  'detailNoun', // "order number", "screenshot": a request only in a question or beside a request word
  'requestMarker', // "please", "could you", "send": turns a detail noun in the same sentence into a request
  'proposal', // the reply proposes something the customer can say yes to ("would you like", "is that ok?")
  // Shared.
  'negator', // turns the cue after it around ("not working now")
  'acronym', // capitalised words that are not shouting
] as const;

export const CueCategory = z.enum(CUE_CATEGORIES);
export type CueCategory = z.infer<typeof CueCategory>;

const Phrase = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const Word = z.string().check(z.regex(/^\S+$/));

export const CueSet = z.strictObject({
  /** BCP 47 language tag, e.g. "en" or "es-MX". Extra sets merge into the built-in set of their language. */
  locale: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
  cues: z.partialRecord(CueCategory, z.array(Phrase)),
  /** Spelling variants mapped to the form the cues use, one word each ("dont" → "don't", "u" → "you"). */
  aliases: z.optional(z.record(Word, Word)),
});
export type CueSet = z.infer<typeof CueSet>;
