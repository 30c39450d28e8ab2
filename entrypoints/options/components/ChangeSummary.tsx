import { i18n } from '#i18n';
import { isUnchanged, type PackChanges, type StepChanges } from '@/lib/packs';
import { formatCount } from '@/components/format';

type ChangeKey = 'packs.changes.added' | 'packs.changes.removed' | 'packs.changes.changed';
const counted = (key: ChangeKey, n: number) => i18n.t(key, n, [formatCount(n)]);
const ids = (list: string[]) => (list.length > 5 ? `${list.slice(0, 5).join(', ')}, …` : list.join(', '));

function stepLine(change: StepChanges): string {
  const parts = [
    change.added.length && `${counted('packs.changes.added', change.added.length)} (${ids(change.added)})`,
    change.removed.length && `${counted('packs.changes.removed', change.removed.length)} (${ids(change.removed)})`,
    change.changed.length && `${counted('packs.changes.changed', change.changed.length)} (${ids(change.changed)})`,
  ].filter(Boolean);
  return `${i18n.t(`steps.${change.step}.name`)}: ${parts.join('; ')}`;
}

/** What an update would change, step by step, before the user agrees to it. */
export function ChangeSummary({ changes }: { changes: PackChanges }) {
  if (isUnchanged(changes)) return <p>{i18n.t('packs.changes.none')}</p>;
  return (
    <>
      {changes.steps.length > 0 && (
        <ul className="changes" aria-label={i18n.t('packs.changes.label')}>
          {changes.steps.map((change) => (
            <li key={change.step}>{stepLine(change)}</li>
          ))}
        </ul>
      )}
      {changes.fields.length > 0 && (
        <p>
          {i18n.t('packs.changes.fields', [changes.fields.map((field) => i18n.t(`packs.field.${field}`)).join(', ')])}
        </p>
      )}
    </>
  );
}
