import { i18n } from '#i18n';
import { STEPS } from '@/lib/framework/steps';
import type { Guidance } from '@/lib/framework/guidance';

/** The step the next reply should perform, and why. */
export function StepCard({ guidance }: { guidance: Guidance }) {
  const { id, number } = STEPS[guidance.step];
  const boundary = id === 'boundary';
  return (
    <section className={`step${boundary ? ' step--boundary' : ''}`} aria-labelledby="step-name">
      <p className="step__eyebrow">
        {boundary ? i18n.t('panel.step.boundaryEyebrow') : i18n.t('panel.step.eyebrow', [String(number)])}
      </p>
      <h2 className="step__name" id="step-name">
        {i18n.t(`steps.${id}.name`)}
      </h2>
      <p className="step__action">{i18n.t(`steps.${id}.action`)}</p>
      <p className="step__reason" aria-label={i18n.t('panel.step.why')}>
        {guidance.reason}
      </p>
    </section>
  );
}
