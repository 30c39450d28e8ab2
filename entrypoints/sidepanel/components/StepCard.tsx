import { i18n } from '#i18n';
import type { Guidance } from '@/lib/framework/guidance';
import { STEPS, type StepId } from '@/lib/framework/steps';
import { WhyDetails } from './WhyDetails';

/**
 * The step the next reply should perform, readable at a glance: its name and the action in one line, then
 * why in one line with the quoted words, which opens to the goal and the full explanation. When the
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
      <WhyDetails guidance={guidance}>
        <p className="step__goal">{i18n.t(`steps.${step}.goal`)}</p>
      </WhyDetails>
    </section>
  );
}
