import type { AnalyzeOptions } from '@/lib/framework';
import { activePacks, loadPackEntries, watchPackEntries } from '@/lib/packs';
import type { PhrasePack } from '@/lib/packs';

/**
 * What the engine reads conversations with, from the enabled phrase packs: the cue words they add, and
 * the language to read a conversation in when its words do not tell (each conversation's language is
 * detected from its words): the highest-priority pack's, so a Spanish team that puts its Spanish pack
 * first reads a short "ok?" as Spanish.
 */
export function engineOptionsOf(packs: readonly PhrasePack[]): AnalyzeOptions {
  return {
    fallbackLocale: packs[0]?.locale.split('-')[0]?.toLowerCase() ?? 'en',
    cues: packs.flatMap((pack) => pack.cues ?? []),
  };
}

/** Calls back with the engine options now and whenever the packs change. */
export function followEngineOptions(onChange: (options: AnalyzeOptions) => void): () => void {
  const load = () =>
    loadPackEntries()
      .then((entries) => onChange(engineOptionsOf(activePacks(entries))))
      .catch((error: unknown) => console.error('Steadyhand: could not read the phrase packs for the engine', error));
  void load();
  return watchPackEntries(() => void load());
}
