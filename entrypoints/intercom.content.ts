import { defineContentScript } from 'wxt/utils/define-content-script';
import { intercom } from '@/lib/helpdesk/intercom/reader';
import { INTERCOM_MATCHES } from '@/lib/helpdesk/matches';
import { extensionLifetime } from '@/lib/page-reporter/lifetime';
import { startPageReporter } from '@/lib/page-reporter/page-reporter';

// Tiny by design: read, observe, insert, with Intercom's reader only. Analysis and UI live in the
// extension's own pages.
export default defineContentScript({
  matches: [...INTERCOM_MATCHES],
  runAt: 'document_idle',
  // WXT's context is not used: a page can stop it (lib/page-reporter/lifetime.ts).
  main: () => startPageReporter(extensionLifetime, { intercom }),
});
