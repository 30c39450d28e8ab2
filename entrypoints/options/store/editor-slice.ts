import { i18n } from '#i18n';
import { PACK_FORMAT, type PackEntry, type PackStep, type PhrasePack } from '@/lib/packs';
import { packFile } from '../download';
import type { Slice } from './index';

export interface EditorSlice {
  /** The pack being edited; null when the editor is closed. It may be invalid while the trainer types. */
  draft: PhrasePack | null;
  draftStep: PackStep;
  startNewPack(): void;
  /** Opens a user pack for editing, or a copy of a built-in or managed pack (those cannot change). */
  editPack(entry: PackEntry): void;
  updateDraft(change: (draft: PhrasePack) => PhrasePack): void;
  setDraftStep(step: PackStep): void;
  /** Sends the draft through the import review, like any other pack. */
  saveDraft(): Promise<void>;
  exportDraft(): void;
  closeEditor(): void;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export const editorSlice: Slice<EditorSlice> = (set, get, deps) => ({
  draft: null,
  draftStep: 'listen',

  startNewPack() {
    set({
      draft: {
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
      draftStep: 'listen',
      review: null,
    });
  },

  editPack({ pack, origin }) {
    const copy: PhrasePack = structuredClone(pack);
    const draft =
      origin === 'user'
        ? copy
        : { ...copy, id: `${pack.id}-copy`, name: i18n.t('packs.editor.copyName', [pack.name]), version: '1.0.0' };
    set({ draft, draftStep: 'listen', review: null });
  },

  updateDraft(change) {
    const draft = get().draft;
    if (draft) set({ draft: change(draft) });
  },

  setDraftStep: (draftStep) => set({ draftStep }),

  async saveDraft() {
    const draft = get().draft;
    if (!draft) return;
    const dated = { ...draft, updatedAt: day(deps.now()) };
    set({ draft: dated });
    await get().reviewInput(dated, { kind: 'editor' }, i18n.t('packs.editor.label'));
  },

  exportDraft() {
    const draft = get().draft;
    if (!draft) return;
    const { filename, text } = packFile(draft);
    deps.download(filename, text);
    set({ notice: i18n.t('packs.notice.exported', [filename]) });
  },

  closeEditor: () => set({ draft: null }),
});
