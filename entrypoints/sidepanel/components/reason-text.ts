import { i18n } from '#i18n';
import type { Guidance } from '@/lib/framework/guidance';
import { renderReason } from '@/lib/framework/reason';
import type { ReasonKey } from '@/lib/framework/reason-templates';

// The typed `i18n.t` overloads want one key at a time, each with its own count of substitutions; a reason's
// key is only known at run time, and each part carries exactly the quotes its template takes.
const sayReason = i18n.t as (key: `reasons.${ReasonKey}`, quotes: string[]) => string;

/** What a reason is read from: its parts when the engine sent them, else its English words. */
export type ReasonSource = Pick<Guidance, 'reason' | 'why'>;

/** The reason in the UI language, the customer's and agent's words quoted as they wrote them. */
export function reasonText(guidance: ReasonSource): string {
  if (!guidance.why) return guidance.reason;
  return renderReason(guidance.why, ({ key, quotes }) => sayReason(`reasons.${key}`, quotes));
}
