import { defineContentScript } from 'wxt/utils/define-content-script';
import { HELPDESK_MATCHES } from '@/lib/helpdesk/matches';
import { startPageReporter } from './page-reporter';

// Tiny by design: read, observe, insert. Analysis and UI live in the extension's own pages.
export default defineContentScript({
  matches: [...HELPDESK_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => startPageReporter(ctx),
});
