import { defineContentScript } from 'wxt/utils/define-content-script';
import { ZENDESK_MATCHES } from '@/lib/helpdesk/matches';
import { zendesk } from '@/lib/helpdesk/zendesk/reader';
import { extensionLifetime } from '@/lib/page-reporter/lifetime';
import { startPageReporter } from '@/lib/page-reporter/page-reporter';

// Tiny by design: read, observe, insert, with Zendesk's reader only. Analysis and UI live in the
// extension's own pages.
export default defineContentScript({
  matches: [...ZENDESK_MATCHES],
  runAt: 'document_idle',
  // WXT's context is not used: a page can stop it (lib/page-reporter/lifetime.ts).
  main: () => startPageReporter(extensionLifetime, { zendesk }),
});
