// Demo Zendesk ticket layout, modelled on helpdesk-dom.md (rows: ticket-{ID}-standard-layout [data-is-active],
// omni-header-subject, omni-header-via-label, ticket-system-field-requester-select,
// side-conversations-anchor-id › .conversation-polaris[data-ticket-id] › omni-log-container + sentinels,
// submit_button-button) and helpdesk-dom-2026.md (rows "custom ticket layout":
// ticket-{ID}-custom-layout.ticket-panes-grid-layout[data-is-active], the same hooks inside; "older comments
// hide behind button[data-test-id="convolog-show-more-button"]", first in the log). Not real Zendesk code.
import { colorFor, initials } from '../shared/avatar';
import { h, icon } from '../shared/dom';
import type { Ticket } from './ticket';

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
        h('dd', {}, person.language ?? 'English'),
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
  /** `convo_log_sentinel_1`: older comments go right after it. */
  startSentinel: HTMLElement;
  endSentinel: HTMLElement;
  /** The log's "Show more" button, when the ticket has older comments to load. */
  showMore?: HTMLButtonElement;
  composerSlot: HTMLElement;
  submit: HTMLButtonElement;
}

type LogParts = Pick<TicketLayout, 'log' | 'startSentinel' | 'endSentinel' | 'showMore'>;

/** `[data-test-id="omni-log-container"]`: "Show more" (if any), then the sentinels the items go between. */
function conversationLog(ticket: Ticket): LogParts {
  const showMore = ticket.olderItems?.length
    ? h('button', { type: 'button', 'data-test-id': 'convolog-show-more-button', class: 'zd-show-more' }, 'Show more')
    : undefined;
  const startSentinel = h('div', {
    'data-test-id': 'convo_log_sentinel_1',
    class: 'zd-sentinel',
    'aria-hidden': 'true',
  });
  const endSentinel = h('div', { 'data-test-id': 'convo_log_sentinel_2', class: 'zd-sentinel', 'aria-hidden': 'true' });
  const log = h(
    'div',
    { 'data-test-id': 'omni-log-container', role: 'log', 'aria-label': 'Conversation', class: 'zd-log' },
    showMore,
    startSentinel,
    endSentinel,
  );
  return { log, startSentinel, endSentinel, showMore };
}

/** The middle pane: subject and channel, the log inside the side-conversations anchor, the composer slot. */
function conversationPane(ticket: Ticket, log: HTMLElement, composerSlot: HTMLElement): HTMLElement {
  const subject = h('input', {
    type: 'text',
    'data-test-id': 'omni-header-subject',
    'aria-label': 'Subject',
    class: 'zd-subject',
  });
  subject.value = ticket.subject;
  return h(
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
}

/**
 * `[data-test-id="ticket-{ID}-standard-layout"]` (or `…-custom-layout.ticket-panes-grid-layout` for a ticket
 * in a custom layout, which arranges the same panes in a grid) with properties, conversation, context, footer.
 */
export function ticketLayout(ticket: Ticket, active: boolean): TicketLayout {
  const logParts = conversationLog(ticket);
  const composerSlot = h('div', { class: 'zd-composer-slot' });
  const submit = h(
    'button',
    { type: 'button', 'data-test-id': 'submit_button-button', class: 'zd-submit' },
    `Submit as ${ticket.status}`,
  );
  const root = h(
    'div',
    {
      'data-test-id': `ticket-${ticket.id}-${ticket.layout}-layout`,
      'data-is-active': String(active),
      hidden: !active,
      class: ticket.layout === 'custom' ? 'ticket-panes-grid-layout zd-ticket' : 'zd-ticket',
    },
    h(
      'div',
      { class: 'zd-ticket__main' },
      propertiesPanel(ticket),
      conversationPane(ticket, logParts.log, composerSlot),
      contextPanel(ticket),
    ),
    h(
      'footer',
      { class: 'zd-footer' },
      h('button', { type: 'button', class: 'zd-button' }, 'Apply macro'),
      h('span', { class: 'zd-footer__spacer' }),
      h('button', { type: 'button', class: 'zd-button' }, 'Close tab'),
      submit,
    ),
  );
  return { root, ...logParts, composerSlot, submit };
}

/** What "Show more" does: the older items go above the loaded ones (after the first sentinel), the button goes. */
export function showOlderItems(layout: TicketLayout, older: HTMLElement[]): void {
  layout.startSentinel.after(...older);
  layout.showMore?.remove();
}
