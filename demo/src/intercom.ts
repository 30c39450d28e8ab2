// Demo Intercom Inbox conversation page in its 2026 shape, modelled on helpdesk-dom-2026.md (Intercom rows:
// "open shadow root attached to #teammate-app-react", "conversation-space stays in the light DOM", parts as
// [data-part-entity-id] rows with group/content-part, "inbox2__ and inbox-2__ prefixes coexist", title and
// toolbar hooks, ProseMirror composer inside the shadow root) over helpdesk-dom.md's "page layout" rows.
// Served at /intercom/a/inbox/<app>/inbox/conversation/<id>; `?parts=N` shows a generated N-part conversation.
// Not real Intercom code: a local page the Steadyhand extension is demonstrated and tested on.
import './base.css';
import './intercom/shell.css';
import type { IntercomDemo } from './shared/api';
import { startInboxPage } from './intercom/inbox-page';
import { createTeammateApp } from './intercom/view-2026';

startInboxPage(createTeammateApp, (app, reopen): Pick<IntercomDemo, 'remountApp'> => ({
  remountApp() {
    app.remount();
    reopen();
  },
}));
