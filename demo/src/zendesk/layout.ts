// Demo Zendesk Agent Workspace chrome, modelled on helpdesk-dom.md (rows: header-tablist / header-tab
// [data-entity-type][data-entity-id][data-entity-is-selected] + title/subtitle, ticket-{ID}-standard-layout
// [data-is-active], omni-header-subject, omni-header-via-label, ticket-system-field-requester-select,
// side-conversations-anchor-id › .conversation-polaris[data-ticket-id] › omni-log-container + sentinels,
// submit_button-button). Not real Zendesk code.
import { colorFor, initials } from '../shared/avatar';
import { h, icon } from '../shared/dom';
import type { Ticket } from './conversation';

const NAV: Array<{ label: string; paths: string[]; current?: boolean }> = [
  { label: 'Home', paths: ['M2.5 7.5L8 3l5.5 4.5V13a.5.5 0 0 1-.5.5H3a.5.5 0 0 1-.5-.5z', 'M6.5 13.5v-4h3v4'] },
  { label: 'Views', paths: ['M2.5 3.5h11v9h-11z', 'M2.5 7h11', 'M6 7v5.5'], current: true },
  {
    label: 'Customers',
    paths: ['M8 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z', 'M3 13.5c.6-2.3 2.6-3.5 5-3.5s4.4 1.2 5 3.5'],
  },
  { label: 'Organizations', paths: ['M3 13.5V3.5h6v10', 'M9 6.5h4v7', 'M5 6h2', 'M5 9h2', 'M1.5 13.5h13'] },
  { label: 'Reporting', paths: ['M3 13.5v-4', 'M6.5 13.5v-8', 'M10 13.5v-6', 'M13.5 13.5v-10'] },
  {
    label: 'Admin',
    paths: [
      'M8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
      'M8 1.5v2',
      'M8 12.5v2',
      'M1.5 8h2',
      'M12.5 8h2',
      'M3.4 3.4l1.4 1.4',
      'M11.2 11.2l1.4 1.4',
      'M3.4 12.6l1.4-1.4',
      'M11.2 4.8l1.4-1.4',
    ],
  },
];

export function productNav(): HTMLElement {
  return h(
    'nav',
    { class: 'zd-nav', 'aria-label': 'Main navigation', 'data-test-id': 'product-nav' },
    h('div', { class: 'zd-nav__logo', 'aria-hidden': 'true' }, 'z'),
    h(
      'ul',
      { class: 'zd-nav__list' },
      ...NAV.map((item) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: '#',
              class: 'zd-nav__item',
              'aria-label': item.label,
              title: item.label,
              'aria-current': item.current ? 'page' : false,
            },
            icon(item.paths, {}, 20),
          ),
        ),
      ),
    ),
  );
}

/** One `[data-test-id="header-tab"]` per open ticket. */
export function headerTab(ticket: Ticket, selected: boolean): HTMLElement {
  return h(
    'div',
    {
      role: 'tab',
      tabindex: selected ? '0' : '-1',
      'aria-selected': String(selected),
      'data-test-id': 'header-tab',
      'data-entity-type': 'TICKET_ENTITY_TYPE',
      'data-entity-id': ticket.id,
      'data-entity-is-selected': String(selected),
      class: 'zd-tab',
    },
    h('span', { class: 'zd-tab__icon', 'aria-hidden': 'true' }, icon(['M2.5 3.5h11v9h-11z', 'M2.5 3.5L8 8l5.5-4.5'])),
    h(
      'span',
      { class: 'zd-tab__text' },
      h('span', { 'data-test-id': 'header-tab-title', class: 'zd-tab__title' }, ticket.subject),
      h('span', { 'data-test-id': 'header-tab-subtitle', class: 'zd-tab__subtitle' }, `#${ticket.id}`),
    ),
  );
}

export function topHeader(tabs: HTMLElement[]): HTMLElement {
  return h(
    'header',
    { class: 'zd-header', 'data-test-id': 'header' },
    h(
      'div',
      { role: 'tablist', 'aria-label': 'Open tabs', 'data-test-id': 'header-tablist', class: 'zd-tablist' },
      ...tabs,
    ),
    h(
      'button',
      { type: 'button', class: 'zd-header__add', 'aria-label': 'Add', title: 'Add' },
      icon(['M8 3v10', 'M3 8h10']),
    ),
    h(
      'div',
      { class: 'zd-header__right' },
      h(
        'label',
        { class: 'zd-search' },
        icon(['M7 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10z', 'M14 14l-3.5-3.5']),
        h('input', { type: 'search', placeholder: 'Search', 'aria-label': 'Search' }),
      ),
      h(
        'span',
        { class: 'zd-header__me', style: `--avatar-bg: ${colorFor('Sam Ortega')}`, title: 'Sam Ortega' },
        initials('Sam Ortega'),
      ),
    ),
  );
}

function field(label: string, value: Node | string, attrs: Record<string, string> = {}): HTMLElement {
  return h(
    'div',
    { class: 'zd-field' },
    h('div', { class: 'zd-field__label' }, label),
    h('div', { class: 'zd-field__value', ...attrs }, value),
  );
}

function propertiesPanel(ticket: Ticket): HTMLElement {
  const requester = h(
    'div',
    {
      'data-test-id': 'ticket-system-field-requester-select',
      class: 'zd-select zd-requester',
      role: 'combobox',
      'aria-label': 'Requester',
      'aria-expanded': 'false',
      tabindex: '0',
    },
    h(
      'span',
      { class: 'zd-mini-avatar', style: `--avatar-bg: ${colorFor(ticket.requester.name)}`, 'aria-hidden': 'true' },
      initials(ticket.requester.name),
    ),
    h(
      'span',
      { class: 'zd-requester__text' },
      h('span', { class: 'zd-requester__name' }, ticket.requester.name),
      h('span', { class: 'zd-requester__email' }, ticket.requester.email),
    ),
  );
  const select = (text: string) =>
    h('div', { class: 'zd-select' }, text, icon('M5 6.5l3 3 3-3', { class: 'zd-select__caret' }, 12));
  return h(
    'aside',
    { class: 'zd-properties', 'aria-label': 'Ticket properties' },
    h('div', { class: 'zd-field' }, h('div', { class: 'zd-field__label' }, 'Requester'), requester),
    field('Assignee', select('Billing / Sam Ortega')),
    field('Followers', h('span', { class: 'zd-muted' }, 'Add followers')),
    field(
      'Tags',
      h('span', { class: 'zd-tags' }, ...ticket.tags.map((tag) => h('span', { class: 'zd-tagchip' }, tag))),
    ),
    h(
      'div',
      { class: 'zd-field-row' },
      field('Type', select(ticket.type)),
      field('Priority', select(ticket.priority), { 'data-priority': ticket.priority.toLowerCase() }),
    ),
  );
}

function contextPanel(ticket: Ticket): HTMLElement {
  const person = ticket.requester;
  return h(
    'aside',
    { class: 'zd-context', 'aria-label': 'Customer context' },
    h(
      'div',
      { class: 'zd-card' },
      h(
        'div',
        { class: 'zd-card__head' },
        h('span', { class: 'zd-card__avatar', style: `--avatar-bg: ${colorFor(person.name)}` }, initials(person.name)),
        h(
          'div',
          { class: 'zd-card__who' },
          h('div', { class: 'zd-card__name' }, person.name),
          h('div', { class: 'zd-muted' }, person.since),
        ),
      ),
      h('div', { class: 'zd-card__email' }, person.email),
      h(
        'dl',
        { class: 'zd-card__facts' },
        h('dt', {}, 'Plan'),
        h('dd', {}, person.plan),
        h('dt', {}, 'Local time'),
        h('dd', {}, person.localTime.replace('Local time ', '')),
        h('dt', {}, 'Language'),
        h('dd', {}, 'English'),
      ),
    ),
    h(
      'div',
      { class: 'zd-card' },
      h('div', { class: 'zd-card__title' }, 'Interaction history'),
      h(
        'ul',
        { class: 'zd-history' },
        h('li', {}, h('span', { class: 'zd-status zd-status--open' }, 'O'), ` ${ticket.subject}`),
        h('li', {}, h('span', { class: 'zd-status zd-status--solved' }, 'S'), ' Update card details'),
        h('li', {}, h('span', { class: 'zd-status zd-status--solved' }, 'S'), ' Add a seat to our team'),
      ),
    ),
  );
}

export interface TicketLayout {
  root: HTMLElement;
  log: HTMLElement;
  endSentinel: HTMLElement;
  composerSlot: HTMLElement;
  submit: HTMLButtonElement;
}

/** `[data-test-id="ticket-{ID}-standard-layout"]` with header, properties, log, composer slot, context, footer. */
export function ticketLayout(ticket: Ticket, active: boolean): TicketLayout {
  const endSentinel = h('div', { 'data-test-id': 'convo_log_sentinel_2', class: 'zd-sentinel', 'aria-hidden': 'true' });
  const log = h(
    'div',
    { 'data-test-id': 'omni-log-container', role: 'log', 'aria-label': 'Conversation', class: 'zd-log' },
    h('div', { 'data-test-id': 'convo_log_sentinel_1', class: 'zd-sentinel', 'aria-hidden': 'true' }),
    endSentinel,
  );
  const composerSlot = h('div', { class: 'zd-composer-slot' });
  const submit = h(
    'button',
    { type: 'button', 'data-test-id': 'submit_button-button', class: 'zd-submit' },
    `Submit as ${ticket.status}`,
  );

  const subject = h('input', {
    type: 'text',
    'data-test-id': 'omni-header-subject',
    'aria-label': 'Subject',
    class: 'zd-subject',
  });
  subject.value = ticket.subject;

  const conversation = h(
    'section',
    { class: 'zd-conversation', 'aria-label': `Ticket #${ticket.id}` },
    h(
      'div',
      { class: 'zd-omni-header' },
      subject,
      h(
        'div',
        { class: 'zd-omni-header__meta' },
        h('span', { 'data-test-id': 'omni-header-via-label', class: 'zd-via-label' }, ticket.channel),
        h('span', { class: 'zd-status-badge' }, ticket.status),
        h('span', { class: 'zd-muted' }, `#${ticket.id}`),
      ),
    ),
    h(
      'div',
      { 'data-side-conversations-anchor-id': ticket.id, class: 'zd-anchor' },
      h('div', { class: 'conversation-polaris', 'data-ticket-id': ticket.id }, log),
    ),
    composerSlot,
  );

  const root = h(
    'div',
    {
      'data-test-id': `ticket-${ticket.id}-standard-layout`,
      'data-is-active': String(active),
      hidden: !active,
      class: 'zd-ticket',
    },
    h('div', { class: 'zd-ticket__main' }, propertiesPanel(ticket), conversation, contextPanel(ticket)),
    h(
      'footer',
      { class: 'zd-footer' },
      h('button', { type: 'button', class: 'zd-button' }, 'Apply macro'),
      h('span', { class: 'zd-footer__spacer' }),
      h('button', { type: 'button', class: 'zd-button' }, 'Close tab'),
      submit,
    ),
  );
  return { root, log, endSentinel, composerSlot, submit };
}
