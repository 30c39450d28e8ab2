import { i18n } from '#i18n';
import { promiseTime } from '@/lib/followups';
import { uiLocale } from '@/components/ui-locale';

export interface ProposalProps {
  /** The promise read from the agent's latest reply, or null. */
  promise: { at: Date; words: string } | null;
  /** The ticket's stored reminder, or null. */
  reminder: { at: Date } | null;
  busy: boolean;
  error: string | null;
  onSet(): void;
  onRemove(): void;
}

/** One line: the promise with a one-click reminder, or the reminder that is set and a way to remove it. */
export function FollowUpProposal({ promise, reminder, busy, error, onSet, onRemove }: ProposalProps) {
  if (!promise && !reminder && !error) return null;
  const when = (at: Date) => promiseTime(at, uiLocale());
  return (
    <div className="follow-up">
      {reminder && (
        <p className="follow-up__line" role="status">
          {i18n.t('followUps.isSet', [when(reminder.at)])}{' '}
          <button type="button" className="follow-up__button" disabled={busy} onClick={onRemove}>
            {i18n.t('followUps.remove')}
          </button>
        </p>
      )}
      {/* A newer promise than the reminder set: offered too, and setting it replaces the reminder. */}
      {promise && promise.at.getTime() !== reminder?.at.getTime() && (
        <p className="follow-up__line">
          <span title={promise.words}>{i18n.t('followUps.promised', [when(promise.at)])}</span> —{' '}
          <button
            type="button"
            className="follow-up__button"
            disabled={busy}
            aria-label={i18n.t('followUps.setLabel', [when(promise.at)])}
            onClick={onSet}
          >
            {i18n.t('followUps.set')}
          </button>
        </p>
      )}
      {error && (
        <p className="quick-notes__status quick-notes__status--error" role="alert">
          {i18n.t('followUps.failed', [error])}
        </p>
      )}
    </div>
  );
}
