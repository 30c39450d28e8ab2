import { i18n } from '#i18n';
import type { Message } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import { StepId } from '@/lib/framework/steps';
import { clockTime } from './time';

/** The six steps in order: what the agent's replies have done (with when and the words), and what is next. */
export function Checklist({ guidance, messages }: { guidance: Guidance; messages: readonly Message[] }) {
  const atOf = new Map(messages.map((message) => [message.id, message.at]));
  return (
    <ol className="checklist" aria-label={i18n.t('guidance.checklist.label')}>
      {StepId.options.map((step, index) => {
        const done = guidance.completed.find((item) => item.step === step);
        const current = guidance.step === step;
        const time = done ? clockTime(atOf.get(done.messageId)) : null;
        const status = done
          ? time
            ? i18n.t('guidance.checklist.done', [time])
            : i18n.t('guidance.checklist.doneNoTime')
          : current
            ? i18n.t('guidance.checklist.next')
            : i18n.t('guidance.checklist.pending');
        return (
          <li
            key={step}
            className={`checklist__item${done ? ' checklist__item--done' : ''}${current ? ' checklist__item--current' : ''}`}
            aria-current={current ? 'step' : undefined}
          >
            <span className="checklist__mark" aria-hidden="true">
              {done ? '✓' : index + 1}
            </span>
            <span className="checklist__name">{i18n.t(`steps.${step}.name`)}</span>
            <span className="checklist__status">{status}</span>
            {done && <q className="checklist__evidence">{done.evidence}</q>}
          </li>
        );
      })}
    </ol>
  );
}
