// Demo Intercom light-DOM page shape (the page at app segment `legacy`; helpdesk-dom.md Intercom rows, see
// render-legacy.ts): header, grouped stream and composer in the document. Opening a conversation empties the
// stream and fills it again, as the Ember inbox did. Not real Intercom code.
import { createComposer } from './composer';
import type { ConversationView } from './inbox-page';
import { groupedAppender, legacySpace } from './render-legacy';

export function createLegacyView(onSend: () => void): ConversationView {
  const space = legacySpace();
  const composer = createComposer(space.composerSlot, {
    container: { class: 'inbox2__composer__container ic-composer' },
    onSend,
  });
  let appendPart = groupedAppender(space.scroll);
  return {
    space: space.element,
    open(conversation) {
      space.element.dataset.conversationId = conversation.id;
      space.title.textContent = conversation.customer.name;
      space.scroll.replaceChildren();
      appendPart = groupedAppender(space.scroll);
    },
    append(parts) {
      for (const part of parts) appendPart(part);
    },
    scrollToEnd() {
      space.scroll.scrollTop = space.scroll.scrollHeight;
    },
    composer: () => composer,
  };
}
