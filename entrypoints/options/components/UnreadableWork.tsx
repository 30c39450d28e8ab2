import { i18n } from '#i18n';
import type { UnreadableWork as Unreadable } from '../store/drafts-slice';
import { formatCount } from '@/components/format';

/**
 * Stored drafts or autosaves that could not be read (damaged, or from a version that stored them
 * differently). They are never dropped unseen: the trainer can save a copy of them as stored, or discard them.
 */
export function UnreadableWork({
  work,
  onSaveCopy,
  onDiscard,
}: {
  work: Unreadable;
  onSaveCopy(): void;
  onDiscard(): void;
}) {
  const count = work.drafts.length + work.sessions.length;
  if (!count) return null;
  return (
    <section className="card card--error" aria-labelledby="unreadable-heading">
      <h2 id="unreadable-heading">{i18n.t('packs.draft.unreadableTitle')}</h2>
      <p role="alert">{i18n.t('packs.draft.unreadable', count, [formatCount(count)])}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onSaveCopy}>
          {i18n.t('packs.draft.saveCopy')}
        </button>
        <button type="button" className="button button--danger" onClick={onDiscard}>
          {i18n.t('packs.draft.discardUnreadable')}
        </button>
      </div>
    </section>
  );
}
