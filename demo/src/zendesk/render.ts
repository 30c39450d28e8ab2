// Demo Zendesk conversation log items, modelled on helpdesk-dom.md (rows: omni-log-comment-item,
// omni-log-item-message type/mode, omni-log-item-sender + comment-user-link, omni-log-message-content +
// data-originated-from + .zd-comment, timestamp-relative, omni-log-item-via, base-avatar + AgentBadge,
// internal-note-tag, message-envelope-container, attachment-thumbnail, interaction-history-event).
// Not real Zendesk code.
import { colorFor, initials } from '../shared/avatar';
import { h, icon } from '../shared/dom';
import { absolute, dayAndClock, relativeLong } from '../shared/time';
import type { Attachment, CommentItem, EventItem } from './conversation';

let nextCommentId = 18_734_500_100;

/** A fresh comment id, like Zendesk's large integer ids. */
export function newCommentId(): number {
  nextCommentId += 7;
  return nextCommentId;
}

function agentBadge(): SVGSVGElement {
  const badge = icon('M8 2.5l1.6 3.3 3.6.5-2.6 2.5.6 3.6L8 10.7l-3.2 1.7.6-3.6-2.6-2.5 3.6-.5z', {
    'data-test-id': 'omni-log-avatar-badge-AgentBadge',
    class: 'zd-avatar__badge',
    fill: 'currentColor',
    'stroke-width': 0,
  });
  return badge;
}

function avatar(name: string, isAgent: boolean): HTMLElement {
  return h(
    'figure',
    {
      'data-test-id': 'omni-log-base-avatar',
      class: 'zd-avatar',
      style: `--avatar-bg: ${colorFor(name)}`,
      'aria-hidden': 'true',
    },
    h('span', { class: 'zd-avatar__initials' }, initials(name)),
    isAgent && agentBadge(),
  );
}

function attachmentLink(file: Attachment): HTMLElement {
  return h(
    'div',
    { class: 'zd-attachments' },
    h(
      'a',
      {
        'data-test-id': 'attachment-thumbnail',
        class: 'attachment zd-attachment',
        href: `/attachments/token/${encodeURIComponent(file.token)}/?name=${encodeURIComponent(file.name)}`,
        title: file.name,
      },
      icon(['M4 1.5h5.5L13 5v9.5H4z', 'M9.5 1.5V5H13'], { class: 'zd-attachment__icon' }, 20),
      h('span', { class: 'zd-attachment__name' }, file.name),
      h('span', { class: 'zd-attachment__size' }, file.size),
    ),
  );
}

function ariaLabel(item: CommentItem, at: Date): string {
  const kind = item.role === 'internal' ? 'Internal note' : 'Message';
  return `${kind} from ${item.author.name}, ${dayAndClock(at)}`;
}

/** One `article[data-test-id="omni-log-comment-item"]`. */
export function commentArticle(item: CommentItem, at: Date, id: number = newCommentId()): HTMLElement {
  const isAgent = item.role !== 'end-user';
  const header = h(
    'div',
    { class: 'zd-log-item__header' },
    h(
      'div',
      { 'data-test-id': 'omni-log-item-sender', class: 'zd-log-item__sender' },
      h(
        'a',
        { 'data-test-id': 'omni-log-comment-user-link', href: `/agent/users/${item.author.id}` },
        h('strong', {}, item.author.name),
      ),
    ),
    item.role === 'internal' &&
      h('span', { 'data-test-id': 'omni-log-internal-note-tag', class: 'zd-tag zd-tag--internal' }, 'Internal note'),
    h(
      'span',
      { class: 'zd-log-item__meta' },
      h(
        'time',
        { 'data-test-id': 'timestamp-relative', datetime: at.toISOString(), title: absolute(at) },
        relativeLong(at),
      ),
      h('span', { class: 'zd-log-item__dot', 'aria-hidden': 'true' }, '·'),
      h('span', { 'data-test-id': 'omni-log-item-via' }, item.via),
    ),
  );

  const envelope =
    item.envelope &&
    h(
      'div',
      { 'data-test-id': 'ticket-conversation-event-message-envelope-container', class: 'zd-envelope' },
      h('span', { class: 'zd-envelope__label' }, 'From:'),
      h('span', {}, item.envelope.from),
      h('span', { class: 'zd-envelope__label' }, 'To:'),
      h('span', {}, item.envelope.to),
    );

  const message = h(
    'div',
    {
      'data-test-id': 'omni-log-item-message',
      type: item.role,
      mode: 'standalone',
      class: `zd-message zd-message--${item.role}`,
    },
    h(
      'div',
      { 'data-test-id': 'omni-log-message-content', 'data-originated-from': item.origin, class: 'zd-message__content' },
      h('div', { class: 'zd-comment', dir: 'auto' }, ...item.paragraphs.map((text) => h('p', {}, text))),
    ),
    item.attachment && attachmentLink(item.attachment),
  );

  return h(
    'article',
    {
      'data-test-id': 'omni-log-comment-item',
      id: `comment-${id}`,
      'aria-label': ariaLabel(item, at),
      class: `zd-log-item zd-log-item--${item.role}`,
    },
    avatar(item.author.name, isAgent),
    h('div', { class: 'zd-log-item__body' }, header, envelope, message),
  );
}

/** A system/audit event row (modeled: `[data-test-id="interaction-history-event"]`). */
export function eventRow(item: EventItem, at: Date): HTMLElement {
  return h(
    'div',
    { 'data-test-id': 'interaction-history-event', class: 'zd-event' },
    h('span', { class: 'zd-event__icon' }, icon(['M8 4v4l2.5 1.5', 'M14.5 8a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0z'])),
    h(
      'div',
      { class: 'zd-event__body' },
      h(
        'div',
        { class: 'zd-event__head' },
        h('span', { 'data-test-id': 'ticket-event-title-relative', class: 'zd-event__title' }, item.title),
        h('time', { datetime: at.toISOString(), title: absolute(at), class: 'zd-event__time' }, relativeLong(at)),
      ),
      h('ul', { class: 'zd-event__changes' }, ...item.changes.map((change) => h('li', {}, change))),
    ),
  );
}
