import type { Message } from '@/lib/conversation';

/**
 * Short words nearly every sentence of a language has and the other languages here do not: enough to tell
 * a conversation's language from a few messages. Words two languages share ("no", "me", "a") are left out.
 * A new language adds its list here beside its cue set (cues/<lang>.ts).
 */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    "the and is are was were to of my you your it this that not have has had with for on in i we can please what why how be do does did don’t don't just it’s it's i’m i'm been will would there they from at an but still again order".split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las de del que y en un una es por para con mi mis lo se su sus al pero muy ya está estoy tengo hace qué cómo porque desde esto eso hola gracias nada todavía ahora fue son sin pedido también quiero'.split(
      ' ',
    ),
  ),
};

/** Languages the engine can tell apart (those with function words here). */
export const DETECTABLE_LANGUAGES = Object.keys(FUNCTION_WORDS);

/** Hits the leading language needs, and how many times the runner-up's, before the reading stops early. */
const DECISIVE_HITS = 12;
const DECISIVE_RATIO = 3;

function count(hits: Map<string, number>, text: string): void {
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}’']+/gu)) {
    for (const language of DETECTABLE_LANGUAGES) {
      if (FUNCTION_WORDS[language]!.has(word)) hits.set(language, (hits.get(language) ?? 0) + 1);
    }
  }
}

function leader(hits: Map<string, number>): { language: string; hits: number; runnerUp: number } | null {
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first ? { language: first[0], hits: first[1], runnerUp: second?.[1] ?? 0 } : null;
}

/** Reads messages until one language clearly leads; null when none leads at all. */
function leadingLanguage(messages: readonly Message[], hits: Map<string, number>): string | null {
  for (const message of messages) {
    count(hits, message.text);
    const lead = leader(hits);
    // A long conversation is read only until its language is plain: the analyzer runs on every message.
    if (lead && lead.hits >= DECISIVE_HITS && lead.hits >= DECISIVE_RATIO * lead.runnerUp) return lead.language;
  }
  const lead = leader(hits);
  return lead && lead.hits > lead.runnerUp ? lead.language : null;
}

/**
 * The language a conversation is written in, from its words: the customer's decide (the phrases offered
 * must be in the language they write, even after an English auto-reply); the replies count only when the
 * customer's words do not tell. Internal notes never count. `fallback` when nothing tells.
 */
export function detectLanguage(messages: readonly Message[], fallback: string): string {
  const shown = messages.filter((message) => !message.internal && message.role !== 'system');
  const hits = new Map<string, number>();
  return (
    leadingLanguage(
      shown.filter((message) => message.role === 'customer'),
      hits,
    ) ??
    leadingLanguage(
      shown.filter((message) => message.role !== 'customer'),
      hits,
    ) ??
    fallback
  );
}
