import { i18n } from '#i18n';
import type { Guidance } from '@/lib/framework/guidance';
import { STEPS, type StepId } from '@/lib/framework/steps';

/**
 * The step the next reply should perform: its name, the action in one line, its goal, and why. When the
 * engine's decision rested on a close call, the other step it could have been shows beside the name.
 */
export function StepCard({ guidance, step }: { guidance: Guidance; step: StepId }) {
  return (
    <section className="step" aria-labelledby="step-name">
      <p className="step__eyebrow">{i18n.t('panel.step.eyebrow', [String(STEPS[step].number)])}</p>
      <h2 className="step__name" id="step-name">
        {i18n.t(`steps.${step}.name`)}
      </h2>
      {guidance.alternative && guidance.alternative !== step && (
        <p className="step__alternative">
          {i18n.t('panel.step.alternative', [i18n.t(`steps.${guidance.alternative}.name`)])}
        </p>
      )}
      <p className="step__action">{i18n.t(`steps.${step}.action`)}</p>
      <p className="step__goal">{i18n.t(`steps.${step}.goal`)}</p>
      <p className="step__reason" aria-label={i18n.t('panel.step.why')}>
        {guidance.reason}
      </p>
    </section>
  );
}
