import { STEPS } from '@/lib/framework/steps';
import type { Guidance } from '@/lib/framework/guidance';

/** The step the next reply should perform, and why. */
export function StepCard({ guidance }: { guidance: Guidance }) {
  const step = STEPS[guidance.step];
  const boundary = guidance.step === 'boundary';
  return (
    <section className={`step${boundary ? ' step--boundary' : ''}`} aria-labelledby="step-name">
      <p className="step__eyebrow">{boundary ? 'Boundary' : `Next reply · step ${step.number} of 6`}</p>
      <h2 className="step__name" id="step-name">
        {step.name}
      </h2>
      <p className="step__action">{step.action}</p>
      <p className="step__reason" aria-label="Why">
        {guidance.reason}
      </p>
    </section>
  );
}
