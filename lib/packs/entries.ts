// Every pack the extension knows, in priority order, for the options page and the side panel:
// the organisation's managed packs first (locked), then the user's order of imported and built-in packs.
import { BUILT_IN_PACKS } from './builtin';
import type { PackOrigin } from './import';
import type { PhrasePack } from './schema';
import type { PackSource, StoredPacks } from './store';

export interface PackEntry {
  pack: PhrasePack;
  origin: PackOrigin;
  enabled: boolean;
  /** Where a user pack came from; null for built-in and managed packs. */
  source: PackSource | null;
}

/** Ids of user and built-in packs in priority order; packs the stored order does not know yet go last. */
export function orderedIds(stored: StoredPacks): string[] {
  const known = [...stored.packs.map(({ pack }) => pack.id), ...BUILT_IN_PACKS.map((pack) => pack.id)];
  return [...new Set([...stored.order.filter((id) => known.includes(id)), ...known])];
}

export function packEntries(stored: StoredPacks, managed: readonly PhrasePack[]): PackEntry[] {
  const user = new Map(stored.packs.map((entry) => [entry.pack.id, entry]));
  const builtIn = new Map(BUILT_IN_PACKS.map((pack) => [pack.id, pack]));
  const enabled = (id: string) => !stored.disabled.includes(id);
  return [
    ...managed.map((pack): PackEntry => ({ pack, origin: 'managed', enabled: true, source: null })),
    ...orderedIds(stored).map((id): PackEntry => {
      const installed = user.get(id);
      if (installed) return { pack: installed.pack, origin: 'user', enabled: enabled(id), source: installed.source };
      return { pack: builtIn.get(id)!, origin: 'builtin', enabled: enabled(id), source: null };
    }),
  ];
}

/** The packs whose phrases the panel offers, highest priority first. */
export const activePacks = (entries: readonly PackEntry[]) => entries.filter((e) => e.enabled).map((e) => e.pack);
