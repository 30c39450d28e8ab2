import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';

interface Props {
  /** The pack's (or draft's) name, in the question. */
  name: string;
  onDelete(): void;
  onCancel(): void;
}

/**
 * "Delete <name>?" under a pack's or a draft's row. Focus moves to Keep when it opens, so a second Enter
 * keeps the pack rather than deleting it.
 */
export function DeleteConfirm({ name, onDelete, onCancel }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-label={i18n.t('packs.row.deleteQuestion', [name])}>
      <p>{i18n.t('packs.row.deleteQuestion', [name])}</p>
      <button type="button" className="button button--danger" onClick={onDelete}>
        {i18n.t('packs.row.deleteConfirm')}
      </button>
      <button type="button" className="button button--quiet" ref={keep} onClick={onCancel}>
        {i18n.t('packs.row.deleteCancel')}
      </button>
    </div>
  );
}
