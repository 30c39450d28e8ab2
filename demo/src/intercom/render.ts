// Demo Intercom conversation stream, modelled on helpdesk-dom.md (rows: [data-part-group-id] +
// data-part-group-category, [data-intercom-target="conversation-stream-content-part"][data-part-id] with
// class group/content-part, .inbox2__renderable-part .intercom-interblocks .intercom-interblocks-paragraph,
// .inbox2__break-words, [data-testid="admin-avatar-name"], .inbox2__avatar, .inbox2__note-part; `<time datetime>`
// in the part metadata is modeled). Not real Intercom code.
import { colorFor, initials } from '../shared/avatar';
import { h } from '../shared/dom';
import { absolute, relativeShort } from '../shared/time';
import type { Author, GroupCategory } from './conversation';

let nextPartId = 27_781_934_000;
let nextGroupId = 61_200;

export function newPartId(): string {
  nextPartId += 13;
  return String(nextPartId);
}

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
export function contentPart(
  category: GroupCategory,
  author: Author,
  paragraphs: string[],
  at: Date,
  id: string = newPartId(),
): HTMLElement {
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
