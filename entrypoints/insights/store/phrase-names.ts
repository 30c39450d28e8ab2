// What the phrase chart calls a phrase: its words in the pack it came from, not its id ("acknowledge-wait"
// means something to the pack's author, the words to everyone else). Only packs installed in this browser
// are known here; a phrase from a pack the lead does not have (a roll-up of other teams) keeps its id.
import type { PhrasePack } from '@/lib/packs';

export interface PhraseNames {
  /** The phrase's own text as the pack writes it ({{variables}} unfilled), or null when not installed. */
  phrase(packId: string, phraseId: string): string | null;
  /** The pack's name, or null when not installed. */
  pack(packId: string): string | null;
}

export const NO_NAMES: PhraseNames = { phrase: () => null, pack: () => null };

const key = (packId: string, phraseId: string) => `${packId}\u0000${phraseId}`;

export function phraseNames(packs: readonly PhrasePack[]): PhraseNames {
  const phrases = new Map<string, string>();
  const names = new Map<string, string>();
  for (const pack of packs) {
    if (names.has(pack.id)) continue; // the first of two packs with one id is the one in use (entries.ts)
    names.set(pack.id, pack.name);
    for (const list of Object.values(pack.steps)) {
      for (const phrase of list ?? []) phrases.set(key(pack.id, phrase.id), phrase.text);
    }
  }
  return {
    phrase: (packId, phraseId) => phrases.get(key(packId, phraseId)) ?? null,
    pack: (packId) => names.get(packId) ?? null,
  };
}
