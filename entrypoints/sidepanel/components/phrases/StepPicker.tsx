import { i18n } from '#i18n';
import type { GuidanceStep } from '@/lib/framework/steps';
import { PACK_STEPS } from '@/lib/packs';

/**
 * Browse the phrases of another step, folded away so that the suggested step's phrases come first; the
 * guided step is marked so the agent can come back to it, and a step picked by hand is named when folded.
 */
export function StepPicker({
  shown,
  guided,
  onPick,
}: {
  shown: GuidanceStep;
  guided: GuidanceStep;
  onPick(step: GuidanceStep): void;
}) {
  const stepName = (step: GuidanceStep) => i18n.t(`steps.${step}.name`);
  return (
    <details className="step-picker">
      <summary className="step-picker__summary">
        {shown === guided
          ? i18n.t('phrases.otherSteps')
          : i18n.t('phrases.picked', [stepName(shown), stepName(guided)])}
      </summary>
      <div className="step-picker__steps" role="group" aria-label={i18n.t('phrases.browse')}>
        {PACK_STEPS.map((step) => (
          <button
            key={step}
            type="button"
            className={`step-picker__step${step === guided ? ' step-picker__step--guided' : ''}`}
            aria-pressed={step === shown}
            onClick={() => onPick(step)}
          >
            {stepName(step)}
          </button>
        ))}
      </div>
    </details>
  );
}
