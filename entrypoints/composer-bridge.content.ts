import { defineContentScript } from 'wxt/utils/define-content-script';
import { installComposerBridge } from '@/lib/helpdesk/bridge/main-world';
import { HELPDESK_MATCHES } from '@/lib/helpdesk/matches';

// Runs in the page's own world, the only place CKEditor's `ckeditorInstance` can be reached. It does one
// thing: insert text the content script asks for, through the editor's API (lib/helpdesk/bridge).
export default defineContentScript({
  matches: [...HELPDESK_MATCHES],
  world: 'MAIN',
  runAt: 'document_idle',
  main: () => {
    installComposerBridge(window);
  },
});
