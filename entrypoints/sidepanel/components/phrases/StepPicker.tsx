import { i18n } from '#i18n';
import type { GuidanceStep } from '@/lib/framework/steps';
import { PACK_STEPS } from '@/lib/packs';

/** Browse the phrases of another step; the guided step is marked so the agent can come back to it. */
export function StepPicker({
  shown,
  guided,
  onPick,
}: {
  shown: GuidanceStep;
  guided: GuidanceStep;
  onPick(step: GuidanceStep): void;
}) {
  return (
    <div className="step-picker" role="group" aria-label={i18n.t('phrases.browse')}>
      {PACK_STEPS.map((step) => (
        <button
          key={step}
          type="button"
          className={`step-picker__step${step === guided ? ' step-picker__step--guided' : ''}`}
          aria-pressed={step === shown}
          onClick={() => onPick(step)}
        >
          {i18n.t(`steps.${step}.name`)}
        </button>
      ))}
    </div>
  );
}
