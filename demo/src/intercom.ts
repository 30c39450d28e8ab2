// Demo Intercom Inbox conversation page, modelled on ../shared/reference/helpdesk-dom.md (Intercom Inbox
// rows: conversation-space, inbox-header, conversation stream part groups/parts, ProseMirror reply composer).
// Not real Intercom code: a local page the Steadyhand extension is demonstrated and tested on.
import './base.css';
import './intercom.css';
import { installDemoApi, requireText, type IntercomDemo } from './shared/api';
import { cycler, demoBanner } from './shared/banner';
import { h, paragraphsOf } from './shared/dom';
import { minutesAgo, relativeShort } from './shared/time';
import { createComposer } from './intercom/composer';
import { CONVERSATION, TEAMMATE, type Author, type GroupCategory } from './intercom/conversation';
import { conversationList, conversationSpace, detailsSidebar, leftNav, rail } from './intercom/layout';
import { contentPart, partGroup, type RenderedGroup } from './intercom/render';

const conversation = CONVERSATION;
const now = new Date();
const space = conversationSpace(conversation);
const lastCustomerPart = conversation.groups
  .filter((group) => group.category === '1')
  .at(-1)
  ?.parts.at(-1);
const list = conversationList(
  conversation,
  lastCustomerPart?.paragraphs.join(' ') ?? '',
  relativeShort(minutesAgo(lastCustomerPart?.minutesAgo ?? 0, now), now),
);

let lastGroup: RenderedGroup | undefined;
for (const group of conversation.groups) {
  const rendered = partGroup(group.category, group.author);
  for (const part of group.parts) {
    rendered.parts.appendChild(
      contentPart(group.category, group.author, part.paragraphs, minutesAgo(part.minutesAgo, now)),
    );
  }
  space.scroll.appendChild(rendered.element);
  lastGroup = rendered;
}

function scrollToEnd(): void {
  space.scroll.scrollTop = space.scroll.scrollHeight;
}

/** Adds a part like Intercom does: consecutive parts by the same author continue the last group. */
function appendPart(category: GroupCategory, author: Author, text: string): HTMLElement {
  const continues = lastGroup && lastGroup.category === category && lastGroup.author.name === author.name;
  const group = continues && lastGroup ? lastGroup : partGroup(category, author);
  if (group !== lastGroup) {
    space.scroll.appendChild(group.element);
    lastGroup = group;
  }
  const part = contentPart(category, author, paragraphsOf(text), new Date());
  group.parts.appendChild(part);
  scrollToEnd();
  return part;
}

const customer: Author = { name: conversation.customer.name, kind: 'user' };

function appendCustomerMessage(text: string): void {
  const checked = requireText(text);
  appendPart('1', customer, checked);
  list.preview.textContent = checked;
  list.age.textContent = 'now';
}

const nextFollowUp = cycler(conversation.cannedFollowUps);

const { api, markReady } = installDemoApi<Omit<IntercomDemo, 'ready' | 'whenReady' | 'submitCount'>>({
  helpdesk: 'intercom',
  appendCustomerMessage,
  editorText: () => composer.text(),
  activeId: () => conversation.id,
});

const app = document.getElementById('app');
if (!app) throw new Error('Demo helpdesk: #app missing');
app.append(
  demoBanner('Intercom', [
    {
      id: 'simulate-customer-reply',
      label: 'Simulate customer reply',
      onClick: () => appendCustomerMessage(nextFollowUp()),
    },
  ]),
  h('div', { class: 'ic-app' }, rail(), leftNav(), list.element, space.element, detailsSidebar(conversation)),
);
document.title = `${conversation.customer.name} · Inbox · Demo helpdesk (Intercom-style)`;

const composer = createComposer(space.composerSlot, () => {
  const text = composer.text();
  api.submitCount += 1;
  if (text.trim() !== '') appendPart(composer.mode() === 'note' ? '4' : '3', TEAMMATE, text);
  composer.clear();
});

// The demo hosts no other pages: keep navigation links from leaving the conversation.
app.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('a[href="#"]')) event.preventDefault();
});

scrollToEnd();
markReady();
