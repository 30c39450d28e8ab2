import type { InsightRecord, PhraseRow } from './types';

const byUses = (a: PhraseRow, b: PhraseRow) =>
  b.uses - a.uses || compareText(a.packId, b.packId) || compareText(a.phraseId, b.phraseId);

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Inserts and copies per pack and phrase, most used first. */
export function phraseCounter() {
  const packs = new Map<string, Map<string, PhraseRow>>();
  return {
    add(record: InsightRecord): void {
      for (const use of record.phrases) {
        let phrases = packs.get(use.packId);
        if (!phrases) packs.set(use.packId, (phrases = new Map()));
        let row = phrases.get(use.phraseId);
        if (!row) {
          row = { packId: use.packId, phraseId: use.phraseId, inserts: 0, copies: 0, uses: 0 };
          phrases.set(use.phraseId, row);
        }
        if (use.action === 'insert') row.inserts++;
        else row.copies++;
        row.uses++;
      }
    },
    result(): PhraseRow[] {
      return [...packs.values()].flatMap((phrases) => [...phrases.values()]).sort(byUses);
    },
  };
}
