// A change to the stored packs that could not be made, in the trainer's words: lib/packs says why in codes
// (PackStoreProblem), this page words them, with sizes and lists in the UI's locale.
import { i18n } from '#i18n';
import { PackStoreError, type PackStoreProblem, type SizedPack } from '@/lib/packs';
import { formatSize } from '@/lib/packs/format-size';
import { uiLocale } from '@/components/ui-locale';
import { errorText } from '@/lib/error-text';

function problemText(problem: PackStoreProblem): string {
  const locale = uiLocale();
  const size = (bytes: number) => formatSize(bytes, locale);
  const named = (pack: SizedPack) => i18n.t('packs.storeError.sizedPack', [pack.name, size(pack.bytes)]);
  switch (problem.code) {
    case 'storage-full':
      return i18n.t(`packs.storeError.full.${problem.unsaved}`);
    case 'budget': {
      const largest = new Intl.ListFormat(locale, { type: 'disjunction' }).format(problem.largest.map(named));
      const { adding, budget, used } = problem;
      return i18n.t('packs.storeError.budget', [named(adding), size(budget), size(used), largest]);
    }
    case 'draft-too-large':
      return i18n.t('packs.storeError.draftTooLarge', [size(problem.limit)]);
    case 'unreadable':
      return i18n.t('packs.storeError.unreadable');
  }
}

/** What to tell the trainer about `error`: a refusal they can act on in words, anything else as it was thrown. */
export function storeErrorText(error: unknown): string {
  const problem = error instanceof PackStoreError ? error.problem : null;
  return problem ? problemText(problem) : errorText(error);
}
