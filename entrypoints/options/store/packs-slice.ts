import { i18n } from '#i18n';
import type { ManagedEntry, ManagedFailure, PackEntry, PhrasePack, PhraseUsage } from '@/lib/packs';
import { packFile } from '../download';
import type { Slice } from './index';
import { storeErrorText } from '../store-error-text';

export interface PacksSlice {
  /** Every pack in priority order; null until first loaded. */
  entries: PackEntry[] | null;
  /** Policy entries that could not be used (or only from an older copy), to show the administrator's mistake. */
  managedIssues: ManagedEntry[];
  /** Why the policy's latest packs could not be stored (a full storage), until they are. */
  managedFailure: ManagedFailure | null;
  /** Uses per phrase; empty until the interaction records are read, or if they cannot be. */
  usage: PhraseUsage;
  /** The last thing that happened, for the status line (a live region). */
  notice: string | null;
  /** Why the last change could not be made. */
  failure: string | null;
  refresh(): Promise<void>;
  setEnabled(entry: PackEntry, enabled: boolean): Promise<void>;
  move(entry: PackEntry, offset: -1 | 1): Promise<void>;
  remove(entry: PackEntry): Promise<void>;
  exportPack(pack: PhrasePack): void;
}

export const packsSlice: Slice<PacksSlice> = (set, get, deps) => {
  /** Runs a change, then shows the packs as stored: whatever happened, the list tells the truth. */
  async function change(action: () => Promise<void>, notice: string): Promise<void> {
    try {
      await action();
      set({ notice, failure: null });
    } catch (error) {
      set({ failure: storeErrorText(error) });
    }
    await get().refresh();
  }

  return {
    entries: null,
    managedIssues: [],
    managedFailure: null,
    usage: new Map(),
    notice: null,
    failure: null,

    async refresh() {
      try {
        const [entries, managed, managedFailure] = await Promise.all([
          deps.loadEntries(),
          deps.readManaged(),
          deps.readManagedFailure(),
        ]);
        set({ entries, managedIssues: managed.entries.filter((entry) => entry.errors.length > 0), managedFailure });
      } catch (error) {
        set({ entries: [], failure: storeErrorText(error) });
      }
      await get().readWork();
      // Counts are a help, not a need: without the records the packs are still listed and usable.
      set({ usage: await deps.loadUsage().catch(() => new Map<string, number>()) });
    },

    setEnabled: ({ pack }, enabled) =>
      change(
        () => deps.setEnabled(pack.id, enabled),
        i18n.t(enabled ? 'packs.notice.enabled' : 'packs.notice.disabled', [pack.name]),
      ),

    move: ({ pack }, offset) =>
      change(
        () => deps.move(pack.id, offset),
        i18n.t(offset < 0 ? 'packs.notice.movedUp' : 'packs.notice.movedDown', [pack.name]),
      ),

    remove: ({ pack }) => change(() => deps.remove(pack.id), i18n.t('packs.notice.deleted', [pack.name])),

    exportPack(pack) {
      const { filename, text } = packFile(pack);
      deps.download(filename, text);
      set({ notice: i18n.t('packs.notice.exported', [filename]) });
    },
  };
};
