import { i18n } from '#i18n';
import type { Message } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import { clipText } from '@/lib/clip';
import { WhyDetails } from './WhyDetails';

const QUOTE_CHARACTERS = 280;

/** The message that triggered the boundary, as the customer wrote it (cut if long); else the words alone. */
function triggerText(guidance: Guidance, messages: readonly Message[]): string | null {
  const trigger = guidance.boundary;
  if (!trigger) return null;
  const text = messages
    .find((m) => m.id === trigger.messageId)
    ?.text.replace(/\s+/g, ' ')
    .trim();
  if (!text) return trigger.evidence;
  return clipText(text, QUOTE_CHARACTERS);
}

/**
 * Abuse aimed at the agent overrides the steps: warn once, offer to continue, escalate if it goes on. It
 * quotes the message that triggered it, so the agent sees what the boundary answers; why (and why empathy
 * stops here) is folded, so the boundary phrases right under the banner stay in view.
 */
export function BoundaryBanner({ guidance, messages }: { guidance: Guidance; messages: readonly Message[] }) {
  const abuse = triggerText(guidance, messages);
  return (
    <section className="step step--boundary" role="alert" aria-labelledby="boundary-title">
      <h2 className="step__name" id="boundary-title">
        {i18n.t('guidance.boundary.title')}
      </h2>
      {abuse && (
        <blockquote className="boundary__evidence" aria-label={i18n.t('guidance.boundary.evidenceLabel')}>
          {abuse}
        </blockquote>
      )}
      <ol className="boundary__steps">
        <li>{i18n.t('guidance.boundary.warn')}</li>
        <li>{i18n.t('guidance.boundary.offer')}</li>
        <li>{i18n.t('guidance.boundary.escalate')}</li>
      </ol>
      <WhyDetails guidance={guidance}>
        <p className="step__goal">{i18n.t('guidance.boundary.intro')}</p>
      </WhyDetails>
    </section>
  );
}
