import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import { reasonLine } from './reason-line';
import { reasonText, type ReasonSource } from './reason-text';

/**
 * Why the guidance says what it says, folded to one line with the quoted words (what the agent needs in
 * the middle of a conversation); opened, the full explanation and whatever else the card puts first.
 */
export function WhyDetails({ guidance, children }: { guidance: ReasonSource; children?: ReactNode }) {
  const reason = reasonText(guidance);
  return (
    <details className="why">
      <summary className="why__line">
        <span className="why__label">{i18n.t('panel.step.why')}:</span>{' '}
        <span className="why__quote">{reasonLine(guidance, reason)}</span>
      </summary>
      {children}
      <p className="step__reason" aria-label={i18n.t('panel.step.why')}>
        {reason}
      </p>
    </details>
  );
}
