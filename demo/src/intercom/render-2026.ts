// Demo Intercom conversation in its 2026 shape: what the "teammate app" renders inside the shadow root of
// #teammate-app-react (view-2026.ts mounts it). Modelled on helpdesk-dom-2026.md, Intercom rows "open shadow
// root" (stream and composer inside it), "one part (bubble): class group/content-part; its id sits on an
// ancestor [data-part-entity-id]", "data-part-group-category … is called legacy; as of mid-2026 rows carry no
// alignment class" (so no category, no data-part-id, no justify-/flex-row-reverse classes: the styles place
// rows by their avatar class), "bodies: .interblocks-html, .inbox-2__renderable-part, .inbox-2__break-words",
// "inbox2__ and inbox-2__ prefixes coexist", "title [data-inbox-conversation-header-title] span"; and on
// helpdesk-dom.md rows "note / email parts / teammate name / avatar" ([data-testid="admin-avatar-name"],
// avatar user = background-colour, admin = background-image) and the modeled `<time datetime>` and
// data-conversation-id. Role hints a reader may use: the avatar's o__user / o__admin / o__bot class, the note
// and event part classes. Not real Intercom code.
import { colorFor, initials } from '../shared/avatar';
import { h } from '../shared/dom';
import { absolute, relativeShort } from '../shared/time';
import type { Author, GroupCategory } from './conversation';
import { headerControls } from './layout';
import type { StreamPart } from './thread';

/** The avatar class per author kind (system events have no avatar). */
const AVATAR_CLASS: Record<Exclude<Author['kind'], 'system'>, string> = {
  user: 'o__user',
  admin: 'o__admin',
  bot: 'o__bot',
};

function avatar(author: Author, kind: Exclude<Author['kind'], 'system'>): HTMLElement {
  // Users get a background colour; teammates and Fin a background image (here a gradient).
  const style =
    kind === 'user'
      ? `background-color: ${colorFor(author.name)}`
      : kind === 'bot'
        ? 'background-image: linear-gradient(135deg, #1f1f1f, #5b5bd6)'
        : 'background-image: linear-gradient(135deg, #f59e0b, #db2777)';
  return h(
    'div',
    { class: `inbox-2__avatar ${AVATAR_CLASS[kind]}`, role: 'img', 'aria-label': author.name, style },
    kind === 'bot' ? 'Fin' : initials(author.name),
  );
}

function time(at: Date): HTMLElement {
  return h('time', { datetime: at.toISOString(), title: absolute(at) }, relativeShort(at));
}

/** Name, label, time, receipt: what each kind of part shows under its bubble. */
function metadata(category: GroupCategory, author: Author, at: Date): HTMLElement {
  if (category === '1') return h('div', { class: 'inbox-2__part-metadata' }, time(at));
  const label = category === '5' ? 'AI Agent' : category === '4' ? 'Note' : undefined;
  return h(
    'div',
    { class: 'inbox-2__part-metadata' },
    h('span', { 'data-testid': 'admin-avatar-name', class: 'inbox-2__author' }, author.name),
    label && h('span', { class: `inbox-2__label${category === '4' ? ' inbox-2__label--note' : ''}` }, label),
    h('span', { 'aria-hidden': 'true' }, '·'),
    time(at),
    category === '3' && h('span', { class: 'inbox-2__seen' }, '· Seen'),
  );
}

function body(paragraphs: string[]): HTMLElement {
  return h(
    'div',
    { class: 'inbox-2__renderable-part inbox-2__break-words' },
    h('div', { class: 'interblocks-html' }, ...paragraphs.map((text) => h('p', {}, text))),
  );
}

/** A system event (e.g. Fin handing over): no avatar, no bubble, centred. */
function eventPart(part: StreamPart): HTMLElement {
  return h(
    'div',
    { class: 'group/content-part inbox-2__event-part flex flex-col' },
    h('div', { class: 'inbox-2__renderable-part inbox-2__break-words' }, part.paragraphs.join(' ')),
    h('div', { class: 'inbox-2__part-metadata' }, time(part.at)),
  );
}

/** One `[data-part-entity-id]` row: avatar and one part, whoever wrote it (no group, no category). */
export function partRow(part: StreamPart): HTMLElement {
  const row = h('div', { 'data-part-entity-id': part.id, class: 'inbox-2__part-row flex gap-2' });
  if (part.category === '20' || part.author.kind === 'system') {
    row.appendChild(eventPart(part));
    return row;
  }
  const bubbleClass = part.category === '4' ? 'inbox-2__part-bubble inbox-2__note-part' : 'inbox-2__part-bubble';
  row.append(
    avatar(part.author, part.author.kind),
    h(
      'div',
      { class: 'group/content-part relative flex flex-col' },
      h('div', { class: bubbleClass }, body(part.paragraphs)),
      metadata(part.category, part.author, part.at),
    ),
  );
  return row;
}

export interface ConversationHeader {
  element: HTMLElement;
  /** The `<span>` in `[data-inbox-conversation-header-title]`. */
  title: HTMLElement;
}

export function conversationHeader(): ConversationHeader {
  const title = h('span', {});
  const element = h(
    'header',
    { class: 'inbox-2__conversation-header', 'data-intercom-target': 'inbox-header' },
    h('div', { 'data-inbox-conversation-header-title': 'true' }, title),
    h('div', { class: 'inbox-2__conversation-controls' }, ...headerControls()),
  );
  return { element, title };
}

export interface ConversationStream {
  /** `[data-testid="conversation-stream-scroll-container"]`: the element a switch replaces. */
  element: HTMLElement;
  /** Where the rows go. */
  rows: HTMLElement;
}

export function conversationStream(): ConversationStream {
  const rows = h('div', { class: 'mx-auto max-w-[1000px] inbox-2__stream-content' });
  const element = h(
    'div',
    { 'data-testid': 'conversation-stream-scroll-container', class: 'inbox-2__conversation-stream overflow-y-auto' },
    rows,
  );
  return { element, rows };
}

/**
 * `.inbox-2__conversation` with header and stream; the composer is appended after them, and the view sets
 * `data-conversation-id` and the title when it opens a conversation.
 */
export function conversationRoot(header: ConversationHeader, stream: ConversationStream): HTMLElement {
  return h('div', { class: 'inbox-2__conversation' }, header.element, stream.element);
}

/** The composer container's attributes in this shape (the toolbar target replaced the class as the hook). */
export const TOOLBAR_ATTRS = {
  'data-intercom-target': 'conversation-toolbar',
  class: 'inbox-2__composer__container ic-composer',
} as const;
