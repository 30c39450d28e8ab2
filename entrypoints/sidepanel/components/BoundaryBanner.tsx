import { i18n } from '#i18n';
import type { Guidance } from '@/lib/framework/guidance';

/** Abuse aimed at the agent overrides the steps: warn once, offer to continue, escalate if it goes on. */
export function BoundaryBanner({ guidance }: { guidance: Guidance }) {
  const abuse = guidance.signals.find((signal) => signal.kind === 'abusive');
  return (
    <section className="step step--boundary" role="alert" aria-labelledby="boundary-title">
      <h2 className="step__name" id="boundary-title">
        {i18n.t('guidance.boundary.title')}
      </h2>
      <p className="step__action">{i18n.t('guidance.boundary.intro')}</p>
      {abuse && (
        <blockquote className="boundary__evidence" aria-label={i18n.t('guidance.boundary.evidenceLabel')}>
          {abuse.evidence}
        </blockquote>
      )}
      <ol className="boundary__steps">
        <li>{i18n.t('guidance.boundary.warn')}</li>
        <li>{i18n.t('guidance.boundary.offer')}</li>
        <li>{i18n.t('guidance.boundary.escalate')}</li>
      </ol>
      <p className="step__reason" aria-label={i18n.t('panel.step.why')}>
        {guidance.reason}
      </p>
    </section>
  );
}
