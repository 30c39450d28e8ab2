// How often agents used each phrase, from the interaction records (lib/notes): the options page shows it
// so trainers see which words work and which nobody picks.
import type { NotesDb } from '@/lib/notes/db';

/** Uses per phrase, keyed by `usageKey(packId, phraseId)`. */
export type PhraseUsage = ReadonlyMap<string, number>;

// Ids cannot contain a NUL, so the key is unambiguous.
export const usageKey = (packId: string, phraseId: string) => `${packId}\u0000${phraseId}`;

export async function phraseUsage(db: NotesDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.records.each((record) => {
    for (const use of record.phrases) {
      const key = usageKey(use.packId, use.phraseId);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  return counts;
}
