// Demo Zendesk Agent Workspace ticket page, modelled on ../shared/reference/helpdesk-dom.md (Zendesk
// Agent Workspace rows: header tabs, ticket-{ID}-standard-layout, omni log, CKEditor 5 composer, submit) and
// helpdesk-dom-2026.md (Zendesk rows: ticket-{ID}-custom-layout, "all open tickets stay mounted …
// data-is-active is the signal", side conversations in the log, "Show more" for older comments, messaging
// bubbles with a text-only time). Not real Zendesk code: a local page the Steadyhand extension is
// demonstrated and tested on.
import 'ckeditor5/ckeditor5.css';
import './base.css';
import './zendesk.css';
import './zendesk/custom-layout.css';
import './zendesk/log-items-2026.css';
import { installDemoApi, requireText, type ZendeskDemo } from './shared/api';
import { cycler, demoBanner } from './shared/banner';
import { h, paragraphsOf } from './shared/dom';
import { minutesAgo } from './shared/time';
import { createComposer, type Composer } from './zendesk/composer';
import { TICKETS } from './zendesk/conversation';
import { headerTab, productNav, topHeader } from './zendesk/header';
import { showOlderItems, ticketLayout, type TicketLayout } from './zendesk/layout';
import { commentArticle, eventRow } from './zendesk/render';
import { AGENT, SUPPORT_ADDRESS, type CommentItem, type LogItem, type Ticket } from './zendesk/ticket';

interface OpenTicket {
  ticket: Ticket;
  layout: TicketLayout;
  tab: HTMLElement;
  composer?: Composer;
  nextFollowUp: () => string;
}

const TICKET_PATH = /\/agent\/tickets\/(\d+)/;

function ticketIdFromUrl(): string | undefined {
  return TICKET_PATH.exec(location.pathname)?.[1];
}

function pathFor(id: string): string {
  // Keep any prefix the demo server uses (e.g. /zendesk) in front of /agent/tickets/<id>.
  const prefix = location.pathname.split('/agent/tickets/')[0] ?? '';
  return `${prefix}/agent/tickets/${id}`;
}

const now = new Date();
const urlId = ticketIdFromUrl();
const initialId = TICKETS.some((ticket) => ticket.id === urlId) ? (urlId as string) : (TICKETS[0]?.id ?? '4711');

function logItem(item: LogItem): HTMLElement {
  const at = minutesAgo(item.minutesAgo, now);
  return item.kind === 'comment' ? commentArticle(item, at) : eventRow(item, at);
}

const open = new Map<string, OpenTicket>();
for (const ticket of TICKETS) {
  const active = ticket.id === initialId;
  const layout = ticketLayout(ticket, active);
  for (const item of ticket.items) layout.log.insertBefore(logItem(item), layout.endSentinel);
  open.set(ticket.id, { ticket, layout, tab: headerTab(ticket, active), nextFollowUp: cycler(ticket.cannedFollowUps) });
}

let activeId = initialId;

function current(): OpenTicket {
  const found = open.get(activeId);
  if (!found) throw new Error(`Demo helpdesk: no open ticket ${activeId}`);
  return found;
}

function scrollToEnd(entry: OpenTicket): void {
  entry.layout.log.scrollTop = entry.layout.log.scrollHeight;
}

function appendComment(entry: OpenTicket, item: CommentItem): HTMLElement {
  const article = commentArticle(item, new Date());
  entry.layout.log.insertBefore(article, entry.layout.endSentinel);
  scrollToEnd(entry);
  return article;
}

/** Loads the older comments like the real "Show more": above the loaded ones, and the button goes. */
function showMore(entry: OpenTicket): void {
  const { layout, ticket } = entry;
  if (!layout.showMore?.isConnected) {
    throw new Error(`steadyhandDemo.showMore: ticket ${ticket.id} has no "Show more" button`);
  }
  showOlderItems(layout, (ticket.olderItems ?? []).map(logItem));
}

function appendCustomerMessage(text: string): void {
  const entry = current();
  const { ticket } = entry;
  appendComment(entry, {
    kind: 'comment',
    role: 'end-user',
    author: ticket.requester,
    minutesAgo: 0,
    origin: ticket.origin,
    via: ticket.via,
    messaging: ticket.channel === 'Messaging',
    paragraphs: paragraphsOf(requireText(text)),
    envelope:
      ticket.origin === 'EmailInteraction'
        ? { from: `${ticket.requester.name} <${ticket.requester.email}>`, to: SUPPORT_ADDRESS }
        : undefined,
  });
}

function setTitle(ticket: Ticket): void {
  document.title = `${ticket.subject} – Ticket #${ticket.id} – Demo helpdesk (Zendesk-style)`;
}

function switchTicket(id: string | number, push = true): void {
  const target = String(id);
  if (!open.has(target)) throw new Error(`steadyhandDemo.switchTicket: no open ticket ${target}`);
  if (target === activeId) return;
  for (const [ticketId, entry] of open) {
    const active = ticketId === target;
    entry.layout.root.dataset.isActive = String(active);
    entry.layout.root.hidden = !active;
    entry.tab.dataset.entityIsSelected = String(active);
    entry.tab.setAttribute('aria-selected', String(active));
    entry.tab.tabIndex = active ? 0 : -1;
  }
  activeId = target;
  if (push) history.pushState({ ticketId: target }, '', pathFor(target));
  const entry = current();
  setTitle(entry.ticket);
  scrollToEnd(entry);
}

function submit(entry: OpenTicket): void {
  const composer = entry.composer;
  if (!composer) return;
  const text = composer.text();
  api.submitCount += 1;
  if (text.trim() !== '') {
    const internal = composer.channel() === 'internal';
    // A public reply on a messaging ticket is another bubble in the conversation; a note never is.
    const messaging = !internal && entry.ticket.channel === 'Messaging';
    appendComment(entry, {
      kind: 'comment',
      role: internal ? 'internal' : 'agent',
      author: AGENT,
      minutesAgo: 0,
      origin: 'WebInteraction',
      via: messaging ? 'via messaging' : 'via web',
      messaging,
      paragraphs: paragraphsOf(text),
    });
  }
  composer.clear();
}

const { api, markReady } = installDemoApi<Omit<ZendeskDemo, 'ready' | 'whenReady' | 'submitCount'>>({
  helpdesk: 'zendesk',
  appendCustomerMessage,
  editorText: () => current().composer?.text() ?? '',
  editorData: () => current().composer?.editor.getData() ?? '',
  switchTicket: (id) => switchTicket(id),
  showMore: () => showMore(current()),
  activeId: () => activeId,
});

// Page shell.
const app = document.getElementById('app');
if (!app) throw new Error('Demo helpdesk: #app missing');
const workspace = h('main', { class: 'zd-workspace' });
for (const entry of open.values()) workspace.appendChild(entry.layout.root);
app.append(
  demoBanner('Zendesk', [
    {
      id: 'simulate-customer-reply',
      label: 'Simulate customer reply',
      onClick: () => appendCustomerMessage(current().nextFollowUp()),
    },
  ]),
  h(
    'div',
    { class: 'zd-app' },
    productNav(),
    h('div', { class: 'zd-app__main' }, topHeader([...open.values()].map((entry) => entry.tab)), workspace),
  ),
);
setTitle(current().ticket);

for (const [id, entry] of open) {
  entry.tab.addEventListener('click', () => switchTicket(id));
  entry.tab.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      switchTicket(id);
    }
  });
  entry.layout.submit.addEventListener('click', () => submit(entry));
  entry.layout.showMore?.addEventListener('click', () => showMore(entry));
}
window.addEventListener('popstate', () => {
  const id = ticketIdFromUrl();
  if (id && open.has(id)) switchTicket(id, false);
});
// The demo hosts no user pages or files: keep links in the log from leaving the page.
workspace.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('.zd-log a[href]')) event.preventDefault();
});

// Editors last: CKEditor needs its element in the page.
async function startEditors(): Promise<void> {
  await Promise.all(
    [...open.values()].map(async (entry) => {
      entry.composer = await createComposer(entry.layout.composerSlot, entry.ticket.requester.name);
    }),
  );
  for (const entry of open.values()) scrollToEnd(entry);
  markReady();
}
startEditors().catch((error: unknown) => console.error('Demo helpdesk: composer failed to start', error));
