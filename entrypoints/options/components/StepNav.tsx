import { i18n } from '#i18n';
import { PACK_STEPS, type PackStep, type PhrasePack } from '@/lib/packs';

/** The seven places a phrase can belong, with how many each has; the current one is pressed. */
export function StepNav({
  draft,
  current,
  onStep,
}: {
  draft: PhrasePack;
  current: PackStep;
  onStep(step: PackStep): void;
}) {
  return (
    <nav aria-label={i18n.t('packs.editor.stepsLabel')}>
      <ul className="step-nav">
        {PACK_STEPS.map((step) => (
          <li key={step}>
            <button
              type="button"
              className="step-nav__button"
              aria-pressed={step === current}
              onClick={() => onStep(step)}
            >
              {i18n.t(`steps.${step}.name`)} <span className="step-nav__count">({draft.steps[step]?.length ?? 0})</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
