import { i18n } from '#i18n';
import type { EditorSession } from '@/lib/packs/draft-store';
import type { Slice } from './index';
import { storeErrorText } from '../store-error-text';

export interface SessionSlice {
  /** Unsaved work an earlier visit to the editor left behind (a reload, a crash), newest first. */
  resumable: EditorSession[];
  /** The key of the autosave this page may have stored; null when it has none. */
  autosavedKey: string | null;
  /** Why the latest changes could not be kept on this device. */
  autosaveFailure: string | null;
  /** Keeps the draft's unsaved changes on this device, or removes the autosave once there are none. */
  autosave(signal?: AbortSignal): Promise<void>;
  /** Removes this page's autosave: its changes were saved, or the trainer threw them away. */
  forgetAutosave(): Promise<void>;
  resumeSession(session: EditorSession): void;
  discardSession(session: EditorSession): Promise<void>;
}

const untitled = (name: string) => name.trim() || i18n.t('packs.draft.unnamed');

export const sessionSlice: Slice<SessionSlice> = (set, get, deps) => ({
  resumable: [],
  autosavedKey: null,
  autosaveFailure: null,

  async autosave(signal) {
    const { draft, draftKey, draftStep, unsaved, autosavedKey } = get();
    if (!draft || !unsaved) {
      if (autosavedKey) await get().forgetAutosave();
      return;
    }
    // Noted before the write, so leaving the editor while it is under way removes it after it lands.
    set({ autosavedKey: draftKey });
    try {
      const session = { key: draftKey, pack: draft, step: draftStep, savedAt: deps.now().toISOString() };
      await deps.sessions.put(session, signal);
      if (get().autosaveFailure) set({ autosaveFailure: null });
    } catch (error) {
      set({ autosaveFailure: i18n.t('packs.editor.autosaveFailed', [storeErrorText(error)]) });
    }
  },

  async forgetAutosave() {
    const key = get().autosavedKey;
    if (!key) return;
    set({ autosavedKey: null, autosaveFailure: null });
    try {
      await deps.sessions.remove(key);
    } catch (error) {
      set({ failure: storeErrorText(error) });
    }
  },

  resumeSession(session) {
    get().openInEditor({ pack: session.pack, key: session.key, step: session.step, unsaved: true, autosaved: true });
    set({ resumable: get().resumable.filter((other) => other.key !== session.key) });
  },

  async discardSession(session) {
    try {
      await deps.sessions.remove(session.key);
      set({
        resumable: get().resumable.filter((other) => other.key !== session.key),
        notice: i18n.t('packs.resume.discarded', [untitled(session.pack.name)]),
        failure: null,
      });
    } catch (error) {
      set({ failure: storeErrorText(error) });
    }
  },
});
