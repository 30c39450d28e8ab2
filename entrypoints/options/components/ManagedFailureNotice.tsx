import { i18n } from '#i18n';
import type { ManagedFailure } from '@/lib/packs';

/**
 * The background could not store the policy's latest packs (a full storage, above all). It has no page
 * of its own, so the options page says it, beside the packs from the organisation that cannot be used.
 */
export function ManagedFailureNotice({ failure }: { failure: ManagedFailure | null }) {
  if (!failure) return null;
  return (
    <section className="card card--warning" aria-labelledby="managed-failure-heading">
      <h2 id="managed-failure-heading">{i18n.t('packs.managed.saveFailedTitle')}</h2>
      <p role="alert">{failure.message}</p>
      <p className="muted">{i18n.t('packs.managed.saveFailedAt', [failure.at.slice(0, 10)])}</p>
    </section>
  );
}
