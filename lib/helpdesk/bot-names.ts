// Zendesk's page has no marker for a bot (../shared/reference/helpdesk-dom-2026.md), so a bot is recognised
// by its author name, from a list the user edits on the options page, never from what the message says.
// This ships in the content script (15 KB gzipped, no packages): plain TypeScript, no tables.
//
// The matching rule: an entry matches an author when the entry's words appear, consecutively and whole,
// among the author name's words. Words are compared ignoring case and accents. A name is split into words
// at anything that is not a letter (spaces, punctuation, digits, emoji) and where a lower-case letter meets
// an upper-case one ("AcmeBot" → "acme bot", "HelpDeskBOT" → "help desk bot"). So "bot" matches
// "Answer Bot", "AcmeBot" and "Happy-Bot" but not "Abbott", "Talbot" or "Botha", and "AI agent" matches
// "Zendesk AI Agent" but not "Agent Smith".

/** browser.storage.local key holding the user's list (a string[]); absent means the defaults. */
export const BOT_NAMES_KEY = 'zendeskBotNames';

/** Sensible defaults: Zendesk's own bot/AI agent names and words that say a name is a bot. */
export const DEFAULT_BOT_NAMES: readonly string[] = Object.freeze([
  // "bot" below covers it too; it stays so Zendesk's own bot is still known to a user who removes "bot".
  'Answer Bot',
  'Zendesk AI',
  // Never "AI", "agent" or "assistant" alone: people carry them ("Ai Tanaka", "Support Assistant").
  'AI agent',
  'AI assistant',
  'virtual agent',
  'virtual assistant',
  // Steadyhand ships a Spanish pack, and Spanish-speaking desks name their bots so.
  'asistente virtual',
  'chatbot',
  'bot',
]);

export const MAX_BOT_NAMES = 100;
export const MAX_BOT_NAME_LENGTH = 80;

/** Why a line of the options page's list cannot be saved. */
export interface BotNameProblem {
  /** 1-based, as the user counts the lines of the box. */
  line: number;
  /** Over MAX_BOT_NAME_LENGTH; the line after MAX_BOT_NAMES names; no letter, so no word to match. */
  problem: 'too-long' | 'too-many' | 'no-letters';
}

/** What the options page may store, or why it may not. */
export type CleanedBotNames = { ok: true; names: string[] } | { ok: false; problems: BotNameProblem[] };

/** A name's words framed by spaces (" acme bot "), so "whole words, in a row" is one substring test; "" when none. */
function words(name: string): string {
  const found = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .match(/\p{L}+/gu);
  return found ? ` ${found.join(' ')} ` : '';
}

/**
 * The stored value as a usable list, or null when it is not one (wrong type, too long…): callers then use
 * the defaults.
 */
export function parseBotNames(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.length > MAX_BOT_NAMES) return null;
  const names: string[] = [];
  for (const name of raw as unknown[]) {
    if (typeof name !== 'string' || name.length > MAX_BOT_NAME_LENGTH) return null;
    names.push(name);
  }
  return names;
}

/** A predicate telling whether an author name is a bot's, per the list. Build once, call per message. */
export function botNameMatcher(names: readonly string[]): (author: string | null) => boolean {
  // An entry without words ("") is in every name: the options page refuses those, but storage may hold one.
  const entries = names.map(words).filter(Boolean);
  return (author) => {
    if (!author) return false;
    const name = words(author);
    return entries.some((entry) => name.includes(entry));
  };
}

/**
 * What the options page saves: entries trimmed, blank lines and duplicates (compared normalised) dropped, in
 * order; or the problems, each with the 1-based line it is on.
 */
export function cleanBotNames(lines: readonly string[]): CleanedBotNames {
  const names: string[] = [];
  const seen = new Set<string>();
  const problems: BotNameProblem[] = [];
  for (const [index, line] of lines.entries()) {
    const name = line.trim();
    if (!name) continue;
    if (name.length > MAX_BOT_NAME_LENGTH) {
      problems.push({ line: index + 1, problem: 'too-long' });
      continue;
    }
    const key = words(name);
    if (!key) {
      problems.push({ line: index + 1, problem: 'no-letters' });
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
    // Said once, on the first name over: a long paste needs one line of advice, not hundreds.
    if (names.length === MAX_BOT_NAMES + 1) problems.push({ line: index + 1, problem: 'too-many' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, names };
}
