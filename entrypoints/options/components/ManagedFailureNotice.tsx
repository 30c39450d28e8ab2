import { i18n } from '#i18n';
import type { ManagedFailure } from '@/lib/packs';
import { uiLocale } from '@/components/ui-locale';

/**
 * The background could not store the policy's latest packs (a full storage, above all). It has no page
 * of its own, so the options page says it, beside the packs from the organisation that cannot be used.
 */
export function ManagedFailureNotice({ failure }: { failure: ManagedFailure | null }) {
  if (!failure) return null;
  const message = failure.code ? i18n.t('packs.storeError.full.managed') : failure.message;
  const at = new Date(failure.at).toLocaleDateString(uiLocale(), { dateStyle: 'medium' });
  return (
    <section className="card card--warning" aria-labelledby="managed-failure-heading">
      <h2 id="managed-failure-heading">{i18n.t('packs.managed.saveFailedTitle')}</h2>
      <p role="alert">{message}</p>
      <p className="muted">{i18n.t('packs.managed.saveFailedAt', [at])}</p>
    </section>
  );
}
