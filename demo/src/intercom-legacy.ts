// Demo Intercom Inbox conversation page in its older light-DOM shape, modelled on helpdesk-dom.md (Intercom
// rows: conversation-space, inbox-header, [data-conversation-stream], part groups with
// data-part-group-category, [data-part-id] parts, .inbox2__composer__container with the ProseMirror composer).
// Served at /intercom/a/inbox/legacy/inbox/conversation/<id> (also with `?parts=N`). Not real Intercom code:
// a local page the Steadyhand extension is demonstrated and tested on.
import 'prosemirror-view/style/prosemirror.css';
import './base.css';
import './intercom/shell.css';
import './intercom/utilities.css';
import './intercom/controls.css';
import './intercom/composer.css';
import './intercom/conversation-legacy.css';
import { startInboxPage } from './intercom/inbox-page';
import { createLegacyView } from './intercom/view-legacy';

startInboxPage(createLegacyView, () => ({}));
