// Demo Zendesk conversation log items, modelled on helpdesk-dom.md (rows: omni-log-comment-item,
// omni-log-item-message type/mode, omni-log-item-sender + comment-user-link, omni-log-message-content +
// data-originated-from + .zd-comment (email/web) or <span><span> (messaging), timestamp-relative,
// omni-log-item-via, base-avatar + AgentBadge, internal-note-tag, message-envelope-container,
// attachment-thumbnail, interaction-history-event) and helpdesk-dom-2026.md (rows "side conversations":
// [data-test-id="omni-log-item-originated-from"] holding an element whose aria-label says "via side
// conversation"; "no DOM marker for bots": a bot's comment is an agent's without the AgentBadge; "messaging
// bubbles may show time only as text": <time> with no datetime). Not real Zendesk code.
import { colorFor, initials } from '../shared/avatar';
import { h, icon } from '../shared/dom';
import { absolute, dayAndClock, monthDayClock, relativeLong } from '../shared/time';
import type { Attachment, CommentItem, EventItem } from './ticket';

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

function timestamp(item: CommentItem, at: Date): HTMLElement {
  if (item.timeAsText) return h('time', { 'data-test-id': 'timestamp-relative' }, monthDayClock(at));
  return h(
    'time',
    { 'data-test-id': 'timestamp-relative', datetime: at.toISOString(), title: absolute(at) },
    relativeLong(at),
  );
}

/** The mark Zendesk puts on a side-conversation item, and what a person sees: a label and the recipient. */
function sideConversationMark(to: string): HTMLElement[] {
  return [
    h(
      'span',
      { 'data-test-id': 'omni-log-item-originated-from', class: 'zd-originated-from' },
      h(
        'span',
        { role: 'img', 'aria-label': 'Message sent via side conversation', title: 'Side conversation' },
        icon(['M2.5 3h7v5.5H5L2.5 10.5z', 'M11.5 6h2v6.5L11 10.5H7V8.5']),
      ),
    ),
    h('span', { class: 'zd-tag zd-tag--side' }, 'Side conversation'),
    h('span', { class: 'zd-side-to' }, `To: ${to}`),
  ];
}

function itemHeader(item: CommentItem, at: Date): HTMLElement {
  return h(
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
    ...(item.sideConversation ? sideConversationMark(item.sideConversation.to) : []),
    item.role === 'internal' &&
      h('span', { 'data-test-id': 'omni-log-internal-note-tag', class: 'zd-tag zd-tag--internal' }, 'Internal note'),
    h(
      'span',
      { class: 'zd-log-item__meta' },
      timestamp(item, at),
      h('span', { class: 'zd-log-item__dot', 'aria-hidden': 'true' }, '·'),
      h('span', { 'data-test-id': 'omni-log-item-via' }, item.via),
    ),
  );
}

/** Email and web comments are rich text (`.zd-comment` paragraphs); messaging text is `<span><span>` lines. */
function itemBody(item: CommentItem): HTMLElement {
  if (item.messaging) {
    return h('span', { class: 'zd-bubble', dir: 'auto' }, ...item.paragraphs.map((text) => h('span', {}, text)));
  }
  return h('div', { class: 'zd-comment', dir: 'auto' }, ...item.paragraphs.map((text) => h('p', {}, text)));
}

function itemClass(item: CommentItem): string {
  const variant = item.sideConversation ? ' zd-log-item--side' : item.messaging ? ' zd-log-item--messaging' : '';
  return `zd-log-item zd-log-item--${item.role}${variant}`;
}

/** One `article[data-test-id="omni-log-comment-item"]`. */
export function commentArticle(item: CommentItem, at: Date, id: number = newCommentId()): HTMLElement {
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
      itemBody(item),
    ),
    item.attachment && attachmentLink(item.attachment),
  );

  return h(
    'article',
    {
      'data-test-id': 'omni-log-comment-item',
      id: `comment-${id}`,
      'aria-label': ariaLabel(item, at),
      class: itemClass(item),
    },
    // Bots have no DOM marker of their own: they simply lack the agent badge.
    avatar(item.author.name, item.role !== 'end-user' && !item.author.bot),
    h('div', { class: 'zd-log-item__body' }, itemHeader(item, at), envelope, message),
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
