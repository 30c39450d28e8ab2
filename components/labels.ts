import { i18n } from '#i18n';
import type { HelpdeskId } from '@/lib/conversation';
import type { SignalKind } from '@/lib/framework/guidance';

/** Names people read, shared by the panel and the notes page. */

export const helpdeskName = (helpdesk: HelpdeskId): string => i18n.t(`helpdesk.${helpdesk}`);

const SIGNAL_KEYS = {
  angry: 'guidance.signals.angry',
  abusive: 'guidance.signals.abusive',
  demanding: 'guidance.signals.demanding',
  indecisive: 'guidance.signals.indecisive',
  'churn-risk': 'guidance.signals.churnRisk',
  'public-complaint': 'guidance.signals.publicComplaint',
} as const satisfies Record<SignalKind, string>;

export const signalName = (kind: SignalKind): string => i18n.t(SIGNAL_KEYS[kind]);
