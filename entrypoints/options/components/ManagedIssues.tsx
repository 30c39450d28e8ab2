import { i18n } from '#i18n';
import type { ManagedEntry, PackError } from '@/lib/packs';
import { errorProblem, type PackProblem } from '@/lib/packs/field-errors';
import { formatCount } from '@/components/format';
import { uiLocale } from '@/components/ui-locale';
import { ProblemList } from './ProblemList';

function where(entry: ManagedEntry): string {
  return entry.source.kind === 'url'
    ? entry.source.url
    : i18n.t('packs.managed.inline', [formatCount(entry.source.index + 1)]);
}

/**
 * A policy's problem, located in its pack: an inline pack sits at "packs[0].pack" in the policy; a
 * downloaded pack's errors are about that file, and the entry's own ("packs[0].url") about the entry.
 */
function problemOf(entry: ManagedEntry, error: PackError): PackProblem {
  if (entry.source.kind === 'inline') return errorProblem(error, `packs[${entry.source.index}].pack`);
  if (!error.path.startsWith('packs[')) return errorProblem(error);
  return { ...errorProblem({ ...error, path: '' }), path: error.path };
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
              {i18n.t('packs.managed.usingCopy', [
                entry.pack.name,
                new Date(entry.fetchedAt).toLocaleDateString(uiLocale(), { dateStyle: 'medium' }),
              ])}
            </p>
          )}
          <ProblemList
            problems={entry.errors.map((error) => problemOf(entry, error))}
            label={i18n.t('packs.managed.errorsLabel', [where(entry)])}
            showPath={entry.source.kind === 'url' ? 'file' : 'policy'}
          />
        </div>
      ))}
    </section>
  );
}
