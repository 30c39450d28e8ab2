import { i18n } from '#i18n';
import type { PackEntry, PhraseUsage } from '@/lib/packs';
import { PackRow, type PackActions } from './PackRow';

/** Every pack, highest priority first. Managed packs sit above the rest and cannot be moved. */
export function PackList({
  entries,
  usage,
  actions,
}: {
  entries: readonly PackEntry[];
  usage: PhraseUsage;
  actions: PackActions;
}) {
  const movable = entries.filter((entry) => entry.origin !== 'managed');
  return (
    <section className="card" aria-labelledby="pack-list-heading">
      <h2 id="pack-list-heading">{i18n.t('packs.list.title')}</h2>
      <p className="muted">{i18n.t('packs.list.intro')}</p>
      <ol className="packs" aria-label={i18n.t('packs.list.title')}>
        {entries.map((entry) => (
          <PackRow
            key={`${entry.origin}:${entry.pack.id}`}
            entry={entry}
            first={movable[0] === entry}
            last={movable.at(-1) === entry}
            usage={usage}
            actions={actions}
          />
        ))}
      </ol>
    </section>
  );
}
