import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';
import { phrasesOf, type ImportPlan, type LintWarning } from '@/lib/packs';
import { errorProblem, warningProblem } from '@/lib/packs/field-errors';
import type { Recovered } from '@/lib/packs/recover';
import { formatCount } from '@/components/format';
import { ChangeSummary } from './ChangeSummary';
import { ProblemList } from './ProblemList';

const Warnings = ({ warnings }: { warnings: readonly LintWarning[] }) => (
  <ProblemList problems={warnings.map(warningProblem)} label={i18n.t('packs.lint.label')} showPath="file" />
);

function title(plan: ImportPlan): string {
  switch (plan.kind) {
    case 'invalid':
      return i18n.t('packs.review.invalidTitle');
    case 'locked':
      return i18n.t('packs.review.lockedTitle');
    case 'new':
      return i18n.t('packs.review.newTitle', [plan.pack.name, plan.pack.version]);
    case 'update':
      return i18n.t('packs.review.updateTitle', [plan.pack.name, plan.previous.version, plan.pack.version]);
    case 'same':
    case 'older':
      return i18n.t('packs.review.replaceTitle', [plan.pack.name]);
  }
}

function Body({ plan }: { plan: ImportPlan }) {
  switch (plan.kind) {
    case 'invalid':
      return (
        <>
          <p>{i18n.t('packs.review.invalidBody', plan.errors.length, [formatCount(plan.errors.length)])}</p>
          <ProblemList
            problems={plan.errors.map((error) => errorProblem(error))}
            label={i18n.t('packs.review.errorsLabel')}
            showPath="file"
          />
        </>
      );
    case 'locked':
      return (
        <p>
          {plan.owner === 'managed'
            ? i18n.t('packs.review.lockedManaged', [plan.pack.id])
            : i18n.t('packs.review.lockedBuiltIn', [plan.pack.id])}
        </p>
      );
    case 'new':
      return (
        <>
          <p>
            {i18n.t('packs.review.newBody', [
              plan.pack.locale,
              plan.pack.author,
              formatCount(phrasesOf(plan.pack).length),
            ])}
          </p>
          <Warnings warnings={plan.warnings} />
        </>
      );
    default:
      return (
        <>
          {plan.kind !== 'update' && (
            <p className="notice-line notice-line--warning">
              {plan.kind === 'same'
                ? i18n.t('packs.review.sameVersion', [plan.pack.version])
                : i18n.t('packs.review.olderVersion', [plan.pack.version, plan.previous.version])}
            </p>
          )}
          <ChangeSummary changes={plan.changes} />
          <Warnings warnings={plan.warnings} />
        </>
      );
  }
}

function confirmLabel(plan: ImportPlan): string | null {
  if (plan.kind === 'new') return i18n.t('packs.review.install');
  if (plan.kind === 'update') return i18n.t('packs.review.update');
  if (plan.kind === 'same' || plan.kind === 'older') return i18n.t('packs.review.replace', [plan.pack.version]);
  return null;
}

/** Why a refused import cannot be opened in the editor either. */
function unrecoverable(recovery: Recovered | null): string | null {
  if (!recovery || recovery.ok) return null;
  if (recovery.reason === 'not-json') return i18n.t('packs.recovery.notJson');
  if (recovery.reason === 'too-big') return i18n.t('packs.recovery.tooBig');
  return i18n.t('packs.recovery.notObject');
}

/**
 * What an import would do, before it does it. A refused import says why, every problem at once, and that
 * nothing changed, and opens in the editor to be fixed there when it can; the same or an older version
 * needs its own, explicit button.
 */
export function ImportReview({
  plan,
  label,
  busy,
  recovery,
  onConfirm,
  onDismiss,
  onOpenInEditor,
}: {
  plan: ImportPlan;
  label: string;
  busy: boolean;
  recovery: Recovered | null;
  onConfirm(): void;
  onDismiss(): void;
  onOpenInEditor(): void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the review so keyboard and screen-reader users land on the decision.
  useEffect(() => heading.current?.focus(), [plan]);
  const confirm = confirmLabel(plan);
  const refused = plan.kind === 'invalid' || plan.kind === 'locked';
  return (
    <section
      className={`card review${refused ? ' card--error' : ''}`}
      aria-labelledby="review-heading"
      role={refused ? 'alert' : 'region'}
    >
      <h2 id="review-heading" ref={heading} tabIndex={-1}>
        {title(plan)}
      </h2>
      <p className="muted">{i18n.t('packs.review.from', [label])}</p>
      <Body plan={plan} />
      {unrecoverable(recovery) && <p>{unrecoverable(recovery)}</p>}
      <div className="actions">
        {confirm && (
          <button type="button" className="button" disabled={busy} onClick={onConfirm}>
            {confirm}
          </button>
        )}
        {recovery?.ok && (
          <button type="button" className="button" onClick={onOpenInEditor}>
            {i18n.t('packs.recovery.open')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {confirm ? i18n.t('packs.review.cancel') : i18n.t('packs.review.close')}
        </button>
      </div>
    </section>
  );
}
