import { i18n } from '#i18n';
import { PACK_FORMAT, type PackEntry, type PackStep, type PhrasePack } from '@/lib/packs';
import type { RecoveryNote } from '@/lib/packs/recover';
import { packFile } from '../download';
import type { Slice } from './index';

/** A pack to open in the editor, and how it stands: new work, a saved draft, an autosave, a failed import. */
export interface EditorOpening {
  pack: PhrasePack;
  /** The key of the saved draft or autosave it continues; a new one otherwise. */
  key?: string;
  step?: PackStep;
  /** Whether it holds changes saved neither as a pack nor as a draft (an autosave, a recovered import). */
  unsaved?: boolean;
  /** Whether this page now keeps an autosave of it under `key`. */
  autosaved?: boolean;
  notes?: RecoveryNote[];
}

export interface EditorSlice {
  /** The pack being edited; null when the editor is closed. It may be invalid while the trainer types. */
  draft: PhrasePack | null;
  draftStep: PackStep;
  /** Names this editing: its key among the saved drafts and the autosaves, so a save replaces, not adds. */
  draftKey: string;
  /** The draft has changes saved neither as a pack nor as a draft. */
  unsaved: boolean;
  /** What was changed to open a pack that failed to import; empty otherwise. */
  recoveryNotes: RecoveryNote[];
  startNewPack(): void;
  /** Opens a user pack for editing, or a copy of a built-in or managed pack (those cannot change). */
  editPack(entry: PackEntry): void;
  /** Opens a pack in the editor, asking first when the one open has unsaved changes. */
  openInEditor(opening: EditorOpening): void;
  updateDraft(change: (draft: PhrasePack) => PhrasePack): void;
  setDraftStep(step: PackStep): void;
  /** Sends the draft through the import review, like any other pack. */
  saveDraft(): Promise<void>;
  exportDraft(): void;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export const editorSlice: Slice<EditorSlice> = (set, get, deps) => {
  function open({ pack, key, step = 'listen', unsaved = false, autosaved = false, notes = [] }: EditorOpening) {
    const draftKey = key ?? deps.newKey();
    set({
      draft: pack,
      draftKey,
      draftStep: step,
      unsaved,
      recoveryNotes: notes,
      review: null,
      autosavedKey: autosaved ? draftKey : null,
      autosaveFailure: null,
    });
  }

  return {
    draft: null,
    draftStep: 'listen',
    draftKey: '',
    unsaved: false,
    recoveryNotes: [],

    startNewPack() {
      get().openInEditor({
        pack: {
          format: PACK_FORMAT,
          id: 'my-team-phrases',
          name: i18n.t('packs.editor.newName'),
          version: '1.0.0',
          locale: 'en',
          author: '',
          description: '',
          updatedAt: day(deps.now()),
          steps: {},
        },
      });
    },

    editPack({ pack, origin }) {
      const copy: PhrasePack = structuredClone(pack);
      get().openInEditor({
        pack:
          origin === 'user'
            ? copy
            : { ...copy, id: `${pack.id}-copy`, name: i18n.t('packs.editor.copyName', [pack.name]), version: '1.0.0' },
      });
    },

    openInEditor: (opening) => get().leaveEditor(() => open(opening)),

    updateDraft(change) {
      const draft = get().draft;
      if (draft) set({ draft: change(draft), unsaved: true });
    },

    setDraftStep: (draftStep) => set({ draftStep }),

    async saveDraft() {
      const draft = get().draft;
      if (!draft) return;
      const dated = { ...draft, updatedAt: day(deps.now()) };
      set({ draft: dated });
      await get().reviewInput(dated, { kind: 'editor' }, i18n.t('packs.editor.label'), get().draftKey);
    },

    exportDraft() {
      const draft = get().draft;
      if (!draft) return;
      const { filename, text } = packFile(draft);
      deps.download(filename, text);
      set({ notice: i18n.t('packs.notice.exported', [filename]) });
    },
  };
};
