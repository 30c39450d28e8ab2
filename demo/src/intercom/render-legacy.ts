// Demo Intercom conversation in its light-DOM shape (the page at app segment `legacy`), modelled on
// helpdesk-dom.md (rows "page layout": [data-intercom-target="conversation-space"] .inbox2__conversation-page,
// [data-intercom-target="inbox-header"], .inbox2__conversation-controls; "stream": [data-conversation-stream] ›
// conversation-stream-scroll-container; "part groups and author kind": [data-part-group-id] +
// data-part-group-category; "one part": [data-intercom-target="conversation-stream-content-part"][data-part-id]
// with class group/content-part; "body": .inbox2__renderable-part .intercom-interblocks
// .intercom-interblocks-paragraph, .inbox2__break-words; "note / email parts / teammate name / avatar";
// "customer / title": [data-inbox-conversation-header-title] / span.truncate[data-conversation-title];
// `<time datetime>` and data-conversation-id are modeled). helpdesk-dom-2026.md calls the group category
// legacy: the 2026 shape is render-2026.ts. Not real Intercom code.
import { colorFor, initials } from '../shared/avatar';
import { h } from '../shared/dom';
import { absolute, relativeShort } from '../shared/time';
import type { Author, GroupCategory } from './conversation';
import { headerControls } from './layout';
import type { StreamPart } from './thread';

let nextGroupId = 61_200;

function newGroupId(): string {
  nextGroupId += 1;
  return String(nextGroupId);
}

const KIND_CLASS: Record<GroupCategory, string> = {
  '1': 'user',
  '3': 'admin',
  '5': 'bot',
  '20': 'event',
  '4': 'note',
};

function avatar(author: Author): HTMLElement {
  // Users get a background colour; teammates and Fin a background image (here a gradient).
  const style =
    author.kind === 'user'
      ? `background-color: ${colorFor(author.name)}`
      : author.kind === 'bot'
        ? 'background-image: linear-gradient(135deg, #1f1f1f, #5b5bd6)'
        : 'background-image: linear-gradient(135deg, #f59e0b, #db2777)';
  return h(
    'div',
    { class: `inbox2__avatar inbox2__avatar--${author.kind}`, style, 'aria-hidden': 'true' },
    author.kind === 'bot' ? 'Fin' : initials(author.name),
  );
}

function authorName(author: Author): HTMLElement {
  if (author.kind === 'admin')
    return h('span', { 'data-testid': 'admin-avatar-name', class: 'inbox2__author' }, author.name);
  return h('span', { class: 'inbox2__author' }, author.name);
}

function metadata(category: GroupCategory, author: Author, at: Date): HTMLElement {
  const time = h('time', { datetime: at.toISOString(), title: absolute(at) }, relativeShort(at));
  if (category === '20') return h('div', { class: 'inbox2__part-metadata' }, time);
  return h(
    'div',
    { class: 'inbox2__part-metadata' },
    authorName(author),
    category === '5' && h('span', { class: 'inbox2__label' }, 'AI Agent'),
    category === '4' && h('span', { class: 'inbox2__label inbox2__label--note' }, 'Note'),
    h('span', { 'aria-hidden': 'true' }, '·'),
    time,
    category === '3' && h('span', { class: 'inbox2__seen' }, '· Seen'),
  );
}

/** One `[data-intercom-target="conversation-stream-content-part"]` (a bubble). */
export function contentPart(part: StreamPart): HTMLElement {
  const { category, author, paragraphs, at, id } = part;
  const body = h(
    'div',
    { class: 'inbox2__renderable-part inbox2__break-words' },
    h(
      'div',
      { class: 'intercom-interblocks' },
      ...paragraphs.map((text) => h('p', { class: 'intercom-interblocks-paragraph no-margin' }, text)),
    ),
  );
  const bubbleClass =
    category === '4'
      ? 'inbox2__part-bubble inbox2__note-part'
      : `inbox2__part-bubble inbox2__part-bubble--${KIND_CLASS[category]}`;
  return h(
    'div',
    {
      'data-intercom-target': 'conversation-stream-content-part',
      'data-part-id': id,
      class: `group/content-part inbox2__content-part relative`,
    },
    h('div', { class: bubbleClass }, body),
    metadata(category, author, at),
  );
}

export interface RenderedGroup {
  element: HTMLElement;
  parts: HTMLElement;
  category: GroupCategory;
  author: Author;
}

/** One `[data-part-group-id][data-part-group-category]` with its avatar and parts column. */
export function partGroup(category: GroupCategory, author: Author): RenderedGroup {
  const parts = h('div', { class: 'inbox2__part-group__parts flex flex-col' });
  const element = h(
    'div',
    {
      'data-part-group-id': newGroupId(),
      'data-part-group-category': category,
      class: `inbox2__part-group inbox2__part-group--${KIND_CLASS[category]} flex`,
    },
    category !== '20' && h('div', { class: 'inbox2__part-group__avatar' }, avatar(author)),
    parts,
  );
  return { element, parts, category, author };
}

export interface LegacySpace {
  element: HTMLElement;
  title: HTMLElement;
  scroll: HTMLElement;
  composerSlot: HTMLElement;
}

/** `<main data-intercom-target="conversation-space">`: header, stream, composer slot, all in the light DOM. */
export function legacySpace(): LegacySpace {
  const title = h('span', { class: 'truncate', 'data-conversation-title': '' });
  const header = h(
    'header',
    { 'data-intercom-target': 'inbox-header', class: 'inbox2__conversation-header' },
    h('div', { 'data-inbox-conversation-header-title': '', class: 'inbox2__conversation-header-title' }, title),
    h('div', { class: 'inbox2__conversation-controls' }, ...headerControls()),
  );
  const scroll = h('div', {
    'data-testid': 'conversation-stream-scroll-container',
    class: 'inbox2__stream-scroll overflow-y-auto',
  });
  const stream = h('div', { 'data-conversation-stream': '', class: 'inbox2__conversation-stream' }, scroll);
  const composerSlot = h('div', { class: 'inbox2__composer-slot' });
  const element = h(
    'main',
    { 'data-intercom-target': 'conversation-space', class: 'inbox2__conversation-page' },
    header,
    stream,
    composerSlot,
  );
  return { element, title, scroll, composerSlot };
}

/** Adds parts like Intercom did: consecutive parts by the same author continue the last group. */
export function groupedAppender(scroll: HTMLElement): (part: StreamPart) => void {
  let last: RenderedGroup | undefined;
  return (part) => {
    const continues = last && last.category === part.category && last.author.name === part.author.name;
    if (!continues || !last) {
      last = partGroup(part.category, part.author);
      scroll.appendChild(last.element);
    }
    last.parts.appendChild(contentPart(part));
  };
}
