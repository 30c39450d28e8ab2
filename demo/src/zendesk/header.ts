// Demo Zendesk Agent Workspace chrome, modelled on helpdesk-dom.md (rows: header-tablist / header-tab
// [data-entity-type][data-entity-id][data-entity-is-selected] + header-tab-title / header-tab-subtitle) and
// helpdesk-dom-2026.md ("Tabs: data-selected → data-entity-is-selected"; "#tooltip-container → header-tablist").
// Not real Zendesk code.
import { colorFor, initials } from '../shared/avatar';
import { h, icon } from '../shared/dom';
import type { Ticket } from './ticket';

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

const ENVELOPE = ['M2.5 3.5h11v9h-11z', 'M2.5 3.5L8 8l5.5-4.5'];
const CHANNEL_ICON: Record<Ticket['channel'], string[]> = {
  Email: ENVELOPE,
  'Web form': ENVELOPE,
  Messaging: ['M2.5 3h11v8H7l-3 2.5V11H2.5z'],
};

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
    h('span', { class: 'zd-tab__icon', 'aria-hidden': 'true' }, icon(CHANNEL_ICON[ticket.channel])),
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
