import { i18n } from '#i18n';
import { useId, useState } from 'react';
import { phrasesOf, type PackEntry, type PhraseUsage } from '@/lib/packs';
import { formatCount } from '@/components/format';
import { PackPhrases } from './PackPhrases';
import { DeleteConfirm } from './DeleteConfirm';
import { RowButton } from './RowButton';

export interface PackActions {
  onToggle(entry: PackEntry, enabled: boolean): void;
  onMove(entry: PackEntry, offset: -1 | 1): void;
  onDelete(entry: PackEntry): void;
  onExport(entry: PackEntry): void;
  onEdit(entry: PackEntry): void;
}

const sourceText = ({ source }: PackEntry) =>
  source?.kind === 'url' ? i18n.t('packs.row.fromUrl', [source.url]) : null;

/** One pack: what it is, whether it is used, and what can be done with it (a managed pack can only be looked at, exported or copied). */
export function PackRow({
  entry,
  first,
  last,
  usage,
  actions,
}: {
  entry: PackEntry;
  first: boolean;
  last: boolean;
  usage: PhraseUsage;
  actions: PackActions;
}) {
  const { pack, origin, enabled } = entry;
  const heading = useId();
  const [confirming, setConfirming] = useState(false);
  const count = phrasesOf(pack).length;
  const source = sourceText(entry);

  return (
    <li className={`pack${enabled ? '' : ' pack--disabled'}`} aria-labelledby={heading}>
      <div className="pack__head">
        <h3 className="pack__name" id={heading}>
          {pack.name}
        </h3>
        <span className="muted">{i18n.t('packs.row.version', [pack.version])}</span>
        {origin === 'managed' && <span className="badge badge--managed">{i18n.t('packs.row.managed')}</span>}
        {origin === 'builtin' && <span className="badge">{i18n.t('packs.row.builtIn')}</span>}
      </div>
      <p className="pack__meta muted">
        {[pack.locale, pack.author, i18n.t('packs.row.phrases', count, [formatCount(count)]), source]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {pack.description && <p className="pack__description">{pack.description}</p>}
      <PackPhrases pack={pack} count={count} usage={usage} />
      <div className="pack__controls">
        {origin === 'managed' ? (
          <span className="muted">{i18n.t('packs.row.locked')}</span>
        ) : (
          <>
            <label className="toggle">
              <input
                type="checkbox"
                checked={enabled}
                aria-label={i18n.t('packs.row.controlLabel', [i18n.t('packs.row.enabled'), pack.name])}
                onChange={(e) => actions.onToggle(entry, e.target.checked)}
              />
              {i18n.t('packs.row.enabled')}
            </label>
            <RowButton
              label={i18n.t('packs.row.moveUp')}
              packName={pack.name}
              disabled={first}
              onClick={() => actions.onMove(entry, -1)}
            />
            <RowButton
              label={i18n.t('packs.row.moveDown')}
              packName={pack.name}
              disabled={last}
              onClick={() => actions.onMove(entry, 1)}
            />
          </>
        )}
        <RowButton label={i18n.t('packs.row.export')} packName={pack.name} onClick={() => actions.onExport(entry)} />
        <RowButton
          label={origin === 'user' ? i18n.t('packs.row.edit') : i18n.t('packs.row.copy')}
          packName={pack.name}
          onClick={() => actions.onEdit(entry)}
        />
        {origin === 'user' && !confirming && (
          <RowButton
            label={i18n.t('packs.row.delete')}
            packName={pack.name}
            danger
            onClick={() => setConfirming(true)}
          />
        )}
      </div>
      {confirming && (
        <DeleteConfirm
          name={pack.name}
          onDelete={() => actions.onDelete(entry)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
