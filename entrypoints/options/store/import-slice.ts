import { i18n } from '#i18n';
import {
  canCommit,
  LIMITS,
  type AcceptedPlan,
  needsConfirmation,
  planImport,
  type ImportPlan,
  type PackChanges,
  type PackSource,
} from '@/lib/packs';
import { recoverPack, type Recovered } from '@/lib/packs/recover';
import { formatCount } from '@/components/format';
import type { Slice } from './index';
import { errorText } from '@/lib/error-text';
import { storeErrorText } from '../store-error-text';

export interface Review {
  plan: ImportPlan;
  source: PackSource;
  /** What is being imported, in words: a file name, an address, "pasted JSON". */
  label: string;
  /** For a refused import that was read: what the editor could open of it, or why it cannot. */
  recovery: Recovered | null;
  /** The saved draft or editing this comes from: once installed, it is done with. */
  draftKey: string | null;
}

export interface ImportSlice {
  /** The import waiting for the user's decision, or the errors of one that was refused. */
  review: Review | null;
  importing: boolean;
  reviewInput(input: unknown, source: PackSource, label: string, draftKey?: string): Promise<void>;
  reviewFile(file: File): Promise<void>;
  reviewUrl(address: string): Promise<void>;
  confirmImport(): Promise<void>;
  dismissReview(): void;
  /** Opens what could be recovered of a refused import in the editor, to fix it there. */
  openReviewInEditor(): void;
}

// The refusal is already in the user's words (a size, a download, a storage failure): shown as it is.
const refusal = (message: string, source: PackSource, label: string): Review => ({
  plan: { kind: 'invalid', errors: [{ path: '', message, issue: { code: 'other', message } }] },
  source,
  label,
  recovery: null,
  draftKey: null,
});

// The editor's own packs are already in the editor; a file, a paste or an address may be worth opening there.
const recoverable = (plan: ImportPlan, source: PackSource) =>
  source.kind !== 'editor' && (plan.kind === 'invalid' || plan.kind === 'locked');

function counts(changes: PackChanges) {
  const sum = (key: 'added' | 'removed' | 'changed') => changes.steps.reduce((n, step) => n + step[key].length, 0);
  return [formatCount(sum('added')), formatCount(sum('removed')), formatCount(sum('changed'))] as const;
}

function doneNotice(plan: AcceptedPlan): string {
  switch (plan.kind) {
    case 'update':
      return i18n.t('packs.notice.updated', [plan.pack.name, plan.pack.version, ...counts(plan.changes)]);
    case 'same':
    case 'older':
      return i18n.t('packs.notice.replaced', [plan.pack.name, plan.pack.version]);
    case 'new':
      return i18n.t('packs.notice.installed', [plan.pack.name, plan.pack.version]);
  }
}

export const importSlice: Slice<ImportSlice> = (set, get, deps) => {
  /** A draft that is now an installed pack: its saved draft and its editing are done with. */
  async function finishDraft(key: string | null) {
    if (key === null) return;
    if (get().draft && get().draftKey === key) await get().endEditing();
    if (get().drafts.some((draft) => draft.key === key)) await deps.drafts.remove(key);
  }

  return {
    review: null,
    importing: false,

    async reviewInput(input, source, label, draftKey) {
      set({ importing: true, notice: null });
      try {
        const plan = planImport(input, await deps.installed());
        const today = deps.now().toISOString().slice(0, 10);
        const recovery = recoverable(plan, source) ? recoverPack(input, today) : null;
        set({ review: { plan, source, label, recovery, draftKey: draftKey ?? null } });
      } catch (error) {
        set({ review: refusal(storeErrorText(error), source, label) });
      } finally {
        set({ importing: false });
      }
    },

    async reviewFile(file) {
      const source = { kind: 'file' } as const;
      // Refused before reading: a wrong file (a video, an archive) is never loaded into memory.
      if (file.size > LIMITS.bytes) {
        set({ review: refusal(i18n.t('packs.import.fileTooBig'), source, file.name) });
        return;
      }
      await get().reviewInput(await file.text(), source, file.name);
    },

    async reviewUrl(address) {
      const source = { kind: 'url', url: address.trim() } as const;
      set({ importing: true, notice: null });
      let text: string;
      try {
        text = await deps.fetchUrl(address);
      } catch (error) {
        const message = errorText(error);
        set({ importing: false, review: refusal(message, source, source.url) });
        return;
      }
      await get().reviewInput(text, source, source.url);
    },

    async confirmImport() {
      const review = get().review;
      if (!review || !canCommit(review.plan)) return;
      set({ importing: true });
      try {
        // Planned again against what is stored now; only a replacement the user saw and accepted is confirmed.
        const result = await deps.install(review.plan.pack, review.source, {
          confirmed: needsConfirmation(review.plan),
          now: deps.now(),
        });
        if (!result.installed) {
          set({ review: { ...review, plan: result.plan } });
          return;
        }
        set({ review: null, notice: doneNotice(result.plan), failure: null });
        await finishDraft(review.draftKey);
        await get().refresh();
      } catch (error) {
        set({ failure: storeErrorText(error) });
      } finally {
        set({ importing: false });
      }
    },

    dismissReview: () => set({ review: null }),

    openReviewInEditor() {
      const recovery = get().review?.recovery;
      if (!recovery?.ok) return;
      get().openInEditor({ pack: recovery.pack, unsaved: true, notes: recovery.notes });
    },
  };
};
