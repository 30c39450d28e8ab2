import { useId } from 'react';
import { i18n } from '#i18n';
import { signalName } from '@/components/labels';
import type { Guidance } from '@/lib/framework/guidance';

/** What the customer is signalling; each chip shows its evidence on hover and on keyboard focus. */
export function SignalChips({ signals }: { signals: Guidance['signals'] }) {
  if (signals.length === 0) return null;
  return (
    <ul className="chips" aria-label={i18n.t('guidance.signals.label')}>
      {signals.map((signal) => (
        <Chip key={`${signal.kind}:${signal.messageId}`} signal={signal} />
      ))}
    </ul>
  );
}

function Chip({ signal }: { signal: Guidance['signals'][number] }) {
  const tipId = useId();
  return (
    <li className={`chip chip--${signal.kind} has-tip`}>
      <button type="button" className="chip__button" aria-describedby={tipId}>
        {signalName(signal.kind)}
      </button>
      <span role="tooltip" id={tipId} className="tip">
        {i18n.t('guidance.signals.evidence', [signal.evidence])}
      </span>
    </li>
  );
}
