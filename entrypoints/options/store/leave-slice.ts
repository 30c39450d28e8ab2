import type { Slice } from './index';

export type LeaveAnswer = 'save-draft' | 'discard' | 'stay';

export interface LeaveSlice {
  /** The way out of the editor the trainer asked for, waiting for their answer about unsaved changes. */
  leaving: (() => void) | null;
  /** Runs `then` now, or once the trainer has said what to do with the editor's unsaved changes. */
  leaveEditor(then: () => void): void;
  /** Leaves the editor, asking first when there are unsaved changes. */
  closeEditor(): void;
  /** Leaves the editor now (saved as a pack, or discarded) and removes its autosave. */
  endEditing(): Promise<void>;
  answerLeave(answer: LeaveAnswer): Promise<void>;
}

export const leaveSlice: Slice<LeaveSlice> = (set, get) => ({
  leaving: null,

  leaveEditor(then) {
    const { draft, unsaved } = get();
    if (draft && unsaved) set({ leaving: then });
    else then();
  },

  closeEditor: () => get().leaveEditor(() => void get().endEditing()),

  async endEditing() {
    set({ draft: null, unsaved: false, recoveryNotes: [], leaving: null });
    await get().forgetAutosave();
  },

  async answerLeave(answer) {
    const then = get().leaving;
    if (!then || answer === 'stay') {
      set({ leaving: null });
      return;
    }
    // A draft that could not be saved keeps the editor open: the failure says why.
    if (answer === 'save-draft' && !(await get().saveAsDraft())) {
      set({ leaving: null });
      return;
    }
    await get().endEditing();
    then();
  },
});
