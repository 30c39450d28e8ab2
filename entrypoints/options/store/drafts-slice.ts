import { i18n } from '#i18n';
import { parsePack } from '@/lib/packs';
import type { SavedDraft } from '@/lib/packs/draft-store';
import { formatCount } from '@/components/format';
import type { Slice } from './index';
import { storeErrorText } from '../store-error-text';

/** Stored editor work that could not be read, kept as it was until the trainer decides. */
export interface UnreadableWork {
  drafts: unknown[];
  sessions: unknown[];
}

export interface DraftsSlice {
  /** The drafts the trainer saved, newest first: listed with the packs, never enabled. */
  drafts: SavedDraft[];
  unreadableWork: UnreadableWork;
  /** Reads the saved drafts and the autosaves left to resume. */
  readWork(): Promise<void>;
  /** Saves the pack in the editor as a draft, valid or not; false when it could not be stored. */
  saveAsDraft(): Promise<boolean>;
  openDraft(draft: SavedDraft): void;
  /** Sends a draft through the import review; once installed, the draft is removed. */
  installDraft(draft: SavedDraft): Promise<void>;
  deleteDraft(draft: SavedDraft): Promise<void>;
  /** Downloads the unreadable work as it is stored, for whoever can recover it. */
  saveUnreadableCopy(): void;
  discardUnreadable(): Promise<void>;
}

export const errorCount = (pack: unknown) => {
  const parsed = parsePack(pack);
  return parsed.ok ? 0 : parsed.errors.length;
};
const newestFirst = <T extends { savedAt: string }>(list: T[]) =>
  [...list].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
const named = (name: string) => name.trim() || i18n.t('packs.draft.unnamed');

export const draftsSlice: Slice<DraftsSlice> = (set, get, deps) => ({
  drafts: [],
  unreadableWork: { drafts: [], sessions: [] },

  async readWork() {
    try {
      const [drafts, sessions] = await Promise.all([deps.drafts.read(), deps.sessions.read()]);
      // This page's own autosave is the draft on screen, not work to resume.
      const own = get().draft ? get().draftKey : null;
      set({
        drafts: newestFirst(drafts.entries),
        resumable: newestFirst(sessions.entries.filter((session) => session.key !== own)),
        unreadableWork: { drafts: drafts.unreadable, sessions: sessions.unreadable },
      });
    } catch (error) {
      set({ failure: storeErrorText(error) });
    }
  },

  async saveAsDraft() {
    const { draft, draftKey } = get();
    if (!draft) return false;
    try {
      await deps.drafts.put({ key: draftKey, pack: draft, savedAt: deps.now().toISOString() });
    } catch (error) {
      set({ failure: storeErrorText(error) });
      return false;
    }
    await get().forgetAutosave();
    const problems = errorCount(draft);
    set({
      // Typing while the draft was being stored made changes the stored draft does not have.
      unsaved: get().draft !== draft,
      notice: i18n.t('packs.draft.saved', problems, [named(draft.name), formatCount(problems)]),
      failure: null,
    });
    await get().readWork();
    return true;
  },

  openDraft: (draft) => get().openInEditor({ pack: structuredClone(draft.pack), key: draft.key }),

  installDraft: (draft) => get().reviewInput(draft.pack, { kind: 'editor' }, i18n.t('packs.editor.label'), draft.key),

  async deleteDraft(draft) {
    try {
      await deps.drafts.remove(draft.key);
      set({ notice: i18n.t('packs.draft.deleted', [named(draft.pack.name)]), failure: null });
    } catch (error) {
      set({ failure: storeErrorText(error) });
    }
    await get().readWork();
  },

  saveUnreadableCopy() {
    const filename = `steadyhand-unreadable-drafts-${deps.now().toISOString().slice(0, 10)}.json`;
    deps.download(filename, `${JSON.stringify(get().unreadableWork, null, 2)}\n`);
    set({ notice: i18n.t('packs.draft.copySaved', [filename]) });
  },

  async discardUnreadable() {
    try {
      await Promise.all([deps.drafts.discardUnreadable(), deps.sessions.discardUnreadable()]);
    } catch (error) {
      set({ failure: storeErrorText(error) });
    }
    await get().readWork();
  },
});
