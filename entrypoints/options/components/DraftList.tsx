import { i18n } from '#i18n';
import type { SavedDraft } from '@/lib/packs/draft-store';
import { DraftRow, type DraftActions } from './DraftRow';

/** The drafts the trainer saved, newest first, below the packs they may become. */
export function DraftList({ drafts, actions }: { drafts: readonly SavedDraft[]; actions: DraftActions }) {
  if (!drafts.length) return null;
  return (
    <section className="card" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{i18n.t('packs.draft.title')}</h2>
      <p className="muted">{i18n.t('packs.draft.intro')}</p>
      <ol className="packs" aria-label={i18n.t('packs.draft.title')}>
        {drafts.map((draft) => (
          <DraftRow key={draft.key} draft={draft} actions={actions} />
        ))}
      </ol>
    </section>
  );
}
