import { i18n } from '#i18n';
import { useId, useMemo, useState } from 'react';
import { phrasesOf } from '@/lib/packs';
import type { SavedDraft } from '@/lib/packs/draft-store';
import { formatCount } from '@/components/format';
import { errorCount } from '../store/drafts-slice';
import { savedWhen } from '../saved-when';
import { DeleteConfirm } from './DeleteConfirm';
import { RowButton } from './RowButton';

export interface DraftActions {
  onEdit(draft: SavedDraft): void;
  onInstall(draft: SavedDraft): void;
  onDelete(draft: SavedDraft): void;
}

/**
 * One saved draft: how far it is from being a pack ("Draft — 3 problems"). It has no Enabled switch: a
 * draft offers no phrase until it is valid and saved as a pack through the import review.
 */
export function DraftRow({ draft, actions }: { draft: SavedDraft; actions: DraftActions }) {
  const { pack } = draft;
  const heading = useId();
  const name = pack.name.trim() || i18n.t('packs.draft.unnamed');
  const problems = useMemo(() => errorCount(pack), [pack]);
  const [confirming, setConfirming] = useState(false);
  const meta = [
    pack.locale,
    i18n.t('packs.row.phrases', phrasesOf(pack).length, [formatCount(phrasesOf(pack).length)]),
    i18n.t('packs.draft.savedAt', [savedWhen(draft.savedAt)]),
  ];

  return (
    <li className="pack pack--draft" aria-labelledby={heading}>
      <div className="pack__head">
        <h3 className="pack__name" id={heading}>
          {name}
        </h3>
        <span className="muted">{i18n.t('packs.row.version', [pack.version])}</span>
        <span className={problems ? 'badge badge--problems' : 'badge'}>
          {i18n.t('packs.draft.state', problems, [formatCount(problems)])}
        </span>
      </div>
      <p className="pack__meta muted">{meta.filter(Boolean).join(' · ')}</p>
      <div className="pack__controls">
        <RowButton label={i18n.t('packs.draft.edit')} packName={name} onClick={() => actions.onEdit(draft)} />
        {problems === 0 && (
          <RowButton label={i18n.t('packs.draft.install')} packName={name} onClick={() => actions.onInstall(draft)} />
        )}
        {!confirming && (
          <RowButton label={i18n.t('packs.row.delete')} packName={name} danger onClick={() => setConfirming(true)} />
        )}
      </div>
      {confirming && (
        <DeleteConfirm name={name} onDelete={() => actions.onDelete(draft)} onCancel={() => setConfirming(false)} />
      )}
    </li>
  );
}
