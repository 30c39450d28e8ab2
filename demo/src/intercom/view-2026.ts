// Demo Intercom 2026 page shape (helpdesk-dom-2026.md, Intercom rows "open shadow root attached to
// #teammate-app-react (Ember page shell, React teammate app islands)", "[data-intercom-target=
// "conversation-space"] stays in the light DOM", "Composer [data-conversation-reply-composer] .ProseMirror …
// now inside the shadow root"): the light-DOM page anchor holds the host; the stream and the composer live in
// its open shadow root. Opening a conversation builds a new stream element, as a React re-render does; a
// remount replaces the host itself. Not real Intercom code.
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { h } from '../shared/dom';
import { createComposer, type Composer } from './composer';
import type { ConversationView } from './inbox-page';
import {
  conversationHeader,
  conversationRoot,
  conversationStream,
  partRow,
  TOOLBAR_ATTRS,
  type ConversationHeader,
  type ConversationStream,
} from './render-2026';
import { shadowStyle } from './shadow-style';

export interface TeammateApp extends ConversationView {
  /** Replaces the host with a new one (new shadow root, new composer keeping the draft), showing nothing yet. */
  remount(): void;
}

interface Mounted {
  host: HTMLElement;
  root: HTMLElement;
  header: ConversationHeader;
  stream: ConversationStream;
  composer: Composer;
}

function mount(onSend: () => void, draft: ProseMirrorNode | undefined): Mounted {
  const host = h('div', { id: 'teammate-app-react' });
  const shadow = host.attachShadow({ mode: 'open' });
  const header = conversationHeader();
  const stream = conversationStream();
  const root = conversationRoot(header, stream);
  shadow.append(shadowStyle(), root);
  const composer = createComposer(root, { container: TOOLBAR_ATTRS, onSend, draft });
  return { host, root, header, stream, composer };
}

/** The conversation space with the teammate app mounted in it; `onSend` runs on Send or ⌘Enter. */
export function createTeammateApp(onSend: () => void): TeammateApp {
  let mounted = mount(onSend, undefined);
  const space = h(
    'div',
    { 'data-intercom-target': 'conversation-space', class: 'inbox2__conversation-page' },
    mounted.host,
  );
  return {
    space,
    open(conversation) {
      const stream = conversationStream();
      mounted.stream.element.replaceWith(stream.element);
      mounted.stream = stream;
      mounted.header.title.textContent = conversation.customer.name;
      mounted.root.dataset.conversationId = conversation.id;
    },
    append(parts) {
      mounted.stream.rows.append(...parts.map(partRow));
    },
    scrollToEnd() {
      mounted.stream.element.scrollTop = mounted.stream.element.scrollHeight;
    },
    composer: () => mounted.composer,
    remount() {
      const draft = mounted.composer.draft();
      mounted.composer.destroy();
      const next = mount(onSend, draft);
      mounted.host.replaceWith(next.host);
      mounted = next;
    },
  };
}
