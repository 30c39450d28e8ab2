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
import type { Slice } from './index';
import { errorText } from '@/lib/error-text';

export interface Review {
  plan: ImportPlan;
  source: PackSource;
  /** What is being imported, in words: a file name, an address, "pasted JSON". */
  label: string;
}

export interface ImportSlice {
  /** The import waiting for the user's decision, or the errors of one that was refused. */
  review: Review | null;
  importing: boolean;
  reviewInput(input: unknown, source: PackSource, label: string): Promise<void>;
  reviewFile(file: File): Promise<void>;
  reviewUrl(address: string): Promise<void>;
  confirmImport(): Promise<void>;
  dismissReview(): void;
}

const refused = (message: string): ImportPlan => ({ kind: 'invalid', errors: [{ path: '', message }] });

function counts(changes: PackChanges) {
  const sum = (key: 'added' | 'removed' | 'changed') => changes.steps.reduce((n, step) => n + step[key].length, 0);
  return [String(sum('added')), String(sum('removed')), String(sum('changed'))] as const;
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

export const importSlice: Slice<ImportSlice> = (set, get, deps) => ({
  review: null,
  importing: false,

  async reviewInput(input, source, label) {
    set({ importing: true, notice: null });
    try {
      set({ review: { plan: planImport(input, await deps.installed()), source, label } });
    } catch (error) {
      set({ review: { plan: refused(errorText(error)), source, label } });
    } finally {
      set({ importing: false });
    }
  },

  async reviewFile(file) {
    const source = { kind: 'file' } as const;
    // Refused before reading: a wrong file (a video, an archive) is never loaded into memory.
    if (file.size > LIMITS.bytes) {
      set({ review: { plan: refused(i18n.t('packs.import.fileTooBig')), source, label: file.name } });
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
      set({ importing: false, review: { plan: refused(message), source, label: source.url } });
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
      if (review.source.kind === 'editor') get().closeEditor();
      await get().refresh();
    } catch (error) {
      set({ failure: errorText(error) });
    } finally {
      set({ importing: false });
    }
  },

  dismissReview: () => set({ review: null }),
});
