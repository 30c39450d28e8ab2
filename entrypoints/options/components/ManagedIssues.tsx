import { i18n } from '#i18n';
import type { ManagedEntry } from '@/lib/packs';
import { ErrorList } from './ErrorList';

function where(entry: ManagedEntry): string {
  return entry.source.kind === 'url'
    ? entry.source.url
    : i18n.t('packs.managed.inline', [String(entry.source.index + 1)]);
}

/** Packs the organisation pushed that could not be used as they are: what the administrator needs to fix. */
export function ManagedIssues({ entries }: { entries: readonly ManagedEntry[] }) {
  if (!entries.length) return null;
  return (
    <section className="card card--warning" aria-labelledby="managed-issues-heading">
      <h2 id="managed-issues-heading">{i18n.t('packs.managed.issuesTitle')}</h2>
      <p>{i18n.t('packs.managed.issuesIntro')}</p>
      {entries.map((entry, i) => (
        <div key={i} className="managed-issue">
          <h3>{where(entry)}</h3>
          {entry.pack && entry.fetchedAt && (
            <p className="muted">
              {i18n.t('packs.managed.usingCopy', [entry.pack.name, entry.fetchedAt.slice(0, 10)])}
            </p>
          )}
          <ErrorList errors={entry.errors} label={i18n.t('packs.managed.errorsLabel', [where(entry)])} />
        </div>
      ))}
    </section>
  );
}
