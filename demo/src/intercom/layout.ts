// Demo Intercom Inbox chrome both page shapes share, modelled on helpdesk-dom.md (rows "page layout":
// [data-intercom-target="inbox-left-nav"], .inbox2__conversation-details-sidebar, the controls of
// .inbox2__conversation-controls) and helpdesk-dom-2026.md (the Ember shell around the React islands stays in
// the light DOM; "inbox2__ and inbox-2__ class prefixes coexist"). Not real Intercom code.
import { colorFor, initials } from '../shared/avatar';
import { h, icon } from '../shared/dom';
import { OTHER_CONVERSATIONS, type Conversation } from './conversation';

const RAIL: Array<{ label: string; paths: string[]; current?: boolean }> = [
  { label: 'Inbox', paths: ['M1.5 9.5h3.5l1 2h4l1-2h3.5', 'M3.5 3h9l2 6.5V13h-13V9.5z'], current: true },
  { label: 'Fin AI Agent', paths: ['M8 1.5l1.8 4.2 4.2 1.8-4.2 1.8L8 13.5l-1.8-4.2L2 7.5l4.2-1.8z'] },
  {
    label: 'Knowledge',
    paths: ['M2.5 3h4.5a1.5 1.5 0 0 1 1 .5 1.5 1.5 0 0 1 1-.5h4.5v10H9a1 1 0 0 0-1 1 1 1 0 0 0-1-1H2.5z'],
  },
  { label: 'Reports', paths: ['M3 13.5v-4', 'M6.5 13.5v-8', 'M10 13.5v-6', 'M13.5 13.5v-10'] },
  {
    label: 'Contacts',
    paths: ['M8 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z', 'M3 13.5c.6-2.3 2.6-3.5 5-3.5s4.4 1.2 5 3.5'],
  },
  {
    label: 'Settings',
    paths: ['M8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z', 'M8 1.5v2', 'M8 12.5v2', 'M1.5 8h2', 'M12.5 8h2'],
  },
];

export function rail(): HTMLElement {
  return h(
    'nav',
    { class: 'ic-rail', 'aria-label': 'Product navigation' },
    h('div', { class: 'ic-rail__logo', 'aria-hidden': 'true' }, h('span'), h('span'), h('span'), h('span')),
    ...RAIL.map((item) =>
      h(
        'a',
        {
          href: '#',
          class: 'ic-rail__item',
          'aria-label': item.label,
          title: item.label,
          'aria-current': item.current ? 'page' : false,
        },
        icon(item.paths, {}, 18),
      ),
    ),
    h('span', { class: 'ic-rail__me', style: 'background-image: linear-gradient(135deg, #f59e0b, #db2777)' }, 'P'),
  );
}

export function leftNav(): HTMLElement {
  const item = (label: string, count: string, current = false) =>
    h(
      'a',
      { href: '#', class: 'ic-leftnav__item', 'aria-current': current ? 'page' : false },
      h('span', {}, label),
      h('span', { class: 'ic-leftnav__count' }, count),
    );
  return h(
    'nav',
    { 'data-intercom-target': 'inbox-left-nav', class: 'ic-leftnav', 'aria-label': 'Inbox navigation' },
    h('div', { class: 'ic-leftnav__title' }, 'Inbox'),
    item('Your inbox', '6', true),
    item('Mentions', '1'),
    item('Created by you', '0'),
    item('All', '38'),
    item('Unassigned', '4'),
    h('div', { class: 'ic-leftnav__section' }, 'Fin AI Agent'),
    item('All Fin conversations', '112'),
    item('Escalated', '9'),
    h('div', { class: 'ic-leftnav__section' }, 'Team inboxes'),
    item('Support', '14'),
    item('Shipping & returns', '6'),
    item('Billing', '3'),
  );
}

/** One conversation in the list: `preview` and `age` are the customer's last message and how old it is. */
export interface ListEntry {
  id: string;
  name: string;
  preview: string;
  age: string;
}

export interface ConversationList {
  element: HTMLElement;
  /** Marks the open conversation's card. */
  select(id: string): void;
  /** Updates a card's last-message preview and age. */
  update(id: string, preview: string, age: string): void;
}

function listCard(name: string, href: string, preview: HTMLElement, age: HTMLElement): HTMLAnchorElement {
  return h(
    'a',
    { href, class: 'ic-list__item' },
    h('span', { class: 'ic-list__avatar', style: `background-color: ${colorFor(name)}` }, initials(name)),
    h(
      'span',
      { class: 'ic-list__text' },
      h('span', { class: 'ic-list__row' }, h('span', { class: 'ic-list__name' }, name), age),
      preview,
    ),
  );
}

/**
 * The inbox list: `entries` open in the page (a click calls `open` instead of loading the link, as the SPA
 * does), then the other conversations, shown for the look only.
 */
export function conversationList(
  entries: ListEntry[],
  hrefOf: (id: string) => string,
  open: (id: string) => void,
): ConversationList {
  const cards = new Map<string, { card: HTMLAnchorElement; preview: HTMLElement; age: HTMLElement }>();
  for (const entry of entries) {
    const preview = h('div', { class: 'ic-list__preview' }, entry.preview);
    const age = h('span', { class: 'ic-list__age' }, entry.age);
    const card = listCard(entry.name, hrefOf(entry.id), preview, age);
    // A demo-only hook (tests click it): not `data-conversation-id`, which marks the open conversation.
    card.dataset.demoConversation = entry.id;
    card.addEventListener('click', (event) => {
      event.preventDefault();
      open(entry.id);
    });
    cards.set(entry.id, { card, preview, age });
  }
  const others = OTHER_CONVERSATIONS.map((other) =>
    listCard(
      other.name,
      '#',
      h('div', { class: 'ic-list__preview' }, other.preview),
      h('span', { class: 'ic-list__age' }, other.age),
    ),
  );
  const element = h(
    'section',
    { class: 'ic-list', 'aria-label': 'Conversations' },
    h(
      'div',
      { class: 'ic-list__head' },
      h('div', { class: 'ic-list__title' }, 'Your inbox'),
      h(
        'div',
        { class: 'ic-list__filters' },
        h('span', {}, `${entries.length + others.length} Open`),
        h('span', {}, 'Last activity'),
      ),
    ),
    ...[...cards.values()].map(({ card }) => card),
    ...others,
  );
  return {
    element,
    select(id) {
      for (const [cardId, { card }] of cards) {
        if (cardId === id) card.setAttribute('aria-current', 'true');
        else card.removeAttribute('aria-current');
      }
    },
    update(id, preview, age) {
      const found = cards.get(id);
      if (!found) return;
      found.preview.textContent = preview;
      found.age.textContent = age;
    },
  };
}

/** The conversation header's buttons (the shapes wrap them in their own controls element). */
export function headerControls(): HTMLElement[] {
  const controlButton = (label: string, paths: string[], text?: string) =>
    h(
      'button',
      { type: 'button', class: `ic-control${text ? ' ic-control--text' : ''}`, 'aria-label': label, title: label },
      icon(paths),
      text,
    );
  return [
    controlButton('Star', ['M8 1.8l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z']),
    controlButton('More', ['M3.5 8h.01', 'M8 8h.01', 'M12.5 8h.01']),
    controlButton('Snooze', ['M8 14a5.5 5.5 0 1 0 0-11 5.5 5.5 0 0 0 0 11z', 'M8 5.5V8.5l2 1']),
    controlButton('Close conversation', ['M3 8.5l3 3 7-7'], 'Close'),
  ];
}

export function detailsSidebar(conversation: Conversation): HTMLElement {
  const { customer } = conversation;
  const row = (label: string, value: string) =>
    h('div', { class: 'ic-details__row' }, h('dt', {}, label), h('dd', {}, value));
  return h(
    'aside',
    { class: 'inbox2__conversation-details-sidebar', 'aria-label': 'Conversation details' },
    h(
      'div',
      { class: 'ic-details__tabs', role: 'tablist' },
      h('button', { type: 'button', role: 'tab', 'aria-selected': 'true' }, 'Details'),
      h('button', { type: 'button', role: 'tab', 'aria-selected': 'false' }, 'Copilot'),
    ),
    h(
      'dl',
      { class: 'ic-details__section' },
      row('Assignee', conversation.teammate.name),
      row('Team Inbox', conversation.details.teamInbox),
      row('Priority', conversation.details.priority),
    ),
    h(
      'div',
      { class: 'ic-details__section' },
      h(
        'div',
        { class: 'ic-details__person' },
        h(
          'span',
          { class: 'ic-list__avatar ic-details__avatar', style: `background-color: ${colorFor(customer.name)}` },
          initials(customer.name),
        ),
        h(
          'div',
          {},
          h('div', { class: 'ic-details__name' }, customer.name),
          h('div', { class: 'ic-details__email' }, customer.email),
        ),
      ),
      h(
        'dl',
        {},
        row('Location', customer.location),
        row('Company', customer.company),
        row('Signed up', customer.since.replace('Signed up ', '')),
      ),
    ),
    h(
      'div',
      { class: 'ic-details__section' },
      h('div', { class: 'ic-details__heading' }, 'Conversation attributes'),
      h('dl', {}, ...conversation.details.attributes.map(([label, value]) => row(label, value))),
    ),
    h(
      'div',
      { class: 'ic-details__section' },
      h('div', { class: 'ic-details__heading' }, 'Recent conversations'),
      ...conversation.details.recent.map((line) => h('div', { class: 'ic-details__recent' }, line)),
    ),
  );
}
