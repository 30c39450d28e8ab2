import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { fetchPackText, fetchProblemOf } from '@/lib/packs/fetch-pack';
import { fetchProblemText } from './issue-text';

/**
 * Downloads a pack the user named by address. Steadyhand holds no broad host access: it asks for this one
 * host (any port) when the user clicks, and gives the access back once the file is in. Must be called
 * from a user gesture, as `permissions.request` requires.
 */
export async function fetchPackFromUrl(address: string): Promise<string> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new Error(i18n.t('packs.import.url.invalid'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(i18n.t('packs.import.url.invalid'));
  const origins = [`${url.protocol}//${url.hostname}/*`];
  // Already granted (a host the manifest lists, or access the user gave before): nothing to ask or give back.
  const granted = await browser.permissions.contains({ origins });
  if (!granted) {
    // The manifest can only offer https hosts (optional_host_permissions).
    if (url.protocol !== 'https:') throw new Error(i18n.t('packs.import.url.httpsOnly'));
    if (!(await browser.permissions.request({ origins }))) {
      throw new Error(i18n.t('packs.import.url.denied', [url.hostname]));
    }
  }
  try {
    return await fetchPackText(url.href);
  } catch (error) {
    throw new Error(i18n.t('packs.import.url.failed', [fetchProblemText(fetchProblemOf(error))]));
  } finally {
    if (!granted) await browser.permissions.remove({ origins }).catch(() => false);
  }
}
