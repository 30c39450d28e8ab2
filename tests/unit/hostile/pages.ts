// The three page shapes the readers know (Zendesk Agent Workspace, Intercom's legacy inbox, Intercom 2026
// in a shadow root), each a fixture from tests/fixtures with the places a stranger's words land on it:
// a message body, an author name, the customer's name and (Zendesk only) the subject. Text is always put in
// as text (a text node, an input's value), the way the helpdesk's own page shows what a customer typed.
import type { Conversation, Message } from '@/lib/conversation';
import { load } from '../helpdesk/load';
import { collapse } from './checks';

export type Place = 'body' | 'author' | 'customer' | 'subject';

export interface Spot {
  place: Place;
  /** Puts `text` on the page, as text. */
  put(doc: Document, text: string): void;
  /** The fixture's conversation as it must read with `text` there. */
  expect(base: Conversation, text: string): Conversation;
}

export interface HostilePage {
  name: string;
  fixture: string;
  /** Where the conversation's nodes live: the document, or the shadow root holding the stream. */
  tree(doc: Document): Document | ShadowRoot;
  spots: Spot[];
}

function one(tree: ParentNode, css: string): Element {
  const el = tree.querySelector(css);
  if (!el) throw new Error(`fixture changed: no ${css}`);
  return el;
}

/** The conversation with message `index` changed. */
function withMessage(base: Conversation, index: number, change: Partial<Message>): Conversation {
  return { ...base, messages: base.messages.map((m, i) => (i === index ? { ...m, ...change } : m)) };
}

/** A name as the readers keep it: white space collapsed, nothing left is no name. */
const nameOf = (text: string): string | null => collapse(text) || null;

/** Text shaped like an e-mail address and nothing else (the corpus' `user@host` URL is one). */
const ADDRESS = /^[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[^\s@<>()"',;]+$/;

const zendeskItem = (doc: Document) => one(doc, '[data-test-id="omni-log-comment-item"]');

const shadow = (doc: Document): ShadowRoot => {
  const root = one(doc, '#teammate-app-react').shadowRoot;
  if (!root) throw new Error('fixture changed: no shadow root');
  return root;
};

export const PAGES: HostilePage[] = [
  {
    name: 'Zendesk Agent Workspace',
    fixture: 'zendesk/messaging-ticket.html',
    tree: (doc) => doc,
    spots: [
      {
        place: 'body',
        put: (doc, text) =>
          (one(zendeskItem(doc), '[data-test-id="omni-log-message-content"] span span').textContent = text),
        expect: (base, text) => withMessage(base, 0, { text: collapse(text) }),
      },
      {
        place: 'author',
        put: (doc, text) => (one(zendeskItem(doc), '[data-test-id="omni-log-item-sender"]').textContent = text),
        // A sender with no name left falls back to the item's label, "Message from Sam Carter, 10:01".
        expect: (base, text) => withMessage(base, 0, { author: nameOf(text) ?? 'Sam Carter' }),
      },
      {
        place: 'customer',
        put: (doc, text) => (one(doc, '[data-test-id="ticket-system-field-requester-select"] span').textContent = text),
        // A field that shows only an address is read as the e-mail; the name then comes from the messages.
        expect: (base, text) =>
          ADDRESS.test(collapse(text))
            ? { ...base, customer: { name: 'Sam Carter', email: collapse(text) } }
            : { ...base, customer: { name: nameOf(text), email: null } },
      },
      {
        place: 'subject',
        // The live value, as an agent's edit would leave it; a text input's value never holds a line break.
        put: (doc, text) => ((one(doc, '[data-test-id="omni-header-subject"]') as HTMLInputElement).value = text),
        expect: (base, text) => ({ ...base, subject: text.replace(/[\r\n]/g, '').trim() || null }),
      },
    ],
  },
  {
    name: 'Intercom Inbox (legacy light DOM)',
    fixture: 'intercom/inbox2-conversation.html',
    tree: (doc) => doc,
    spots: [
      {
        place: 'body',
        put: (doc, text) => (one(doc, '[data-part-id="88001"] p').textContent = text),
        expect: (base, text) => withMessage(base, 0, { text: collapse(text) }),
      },
      {
        place: 'author',
        put: (doc, text) =>
          (one(doc, '[data-part-group-id="g4"] [data-testid="admin-avatar-name"]').textContent = text),
        expect: (base, text) =>
          withMessage(withMessage(base, 4, { author: nameOf(text) }), 5, { author: nameOf(text) }),
      },
      {
        place: 'customer',
        put: (doc, text) => (one(doc, '[data-inbox-conversation-header-title]').textContent = text),
        // Customer parts show no name of their own: the header's names them.
        expect: (base, text) => ({
          ...base,
          customer: { name: nameOf(text), email: null },
          messages: base.messages.map((m) => (m.role === 'customer' ? { ...m, author: nameOf(text) } : m)),
        }),
      },
    ],
  },
  {
    name: 'Intercom Inbox 2026 (shadow root)',
    fixture: 'intercom/2026-shadow-root.html',
    tree: shadow,
    spots: [
      {
        place: 'body',
        put: (doc, text) => (one(shadow(doc), '[data-part-entity-id="90210001"] .interblocks-html').textContent = text),
        expect: (base, text) => withMessage(base, 0, { text: collapse(text) }),
      },
      {
        place: 'author',
        put: (doc, text) =>
          (one(shadow(doc), '[data-part-entity-id="90210006"] [data-testid="admin-avatar-name"]').textContent = text),
        // No name left: the avatar's label names the teammate.
        expect: (base, text) => withMessage(base, 5, { author: nameOf(text) ?? 'Tomás Rey' }),
      },
      {
        place: 'customer',
        put: (doc, text) => (one(shadow(doc), '[data-inbox-conversation-header-title] span').textContent = text),
        expect: (base, text) => ({ ...base, customer: { name: nameOf(text), email: null } }),
      },
    ],
  },
];

/** A fresh copy of the page's fixture and what it reads as untouched. */
export function loadPage(page: HostilePage): { doc: Document; url: string; base: Conversation } {
  const { doc, url, expected } = load(page.fixture);
  if (!expected.ok) throw new Error(`${page.fixture} is not a readable fixture`);
  return { doc, url, base: expected.conversation };
}

/** Ids derived from content change with it (Zendesk): compared apart. */
export const withoutIds = (c: Conversation): Conversation => ({
  ...c,
  messages: c.messages.map((m) => ({ ...m, id: '' })),
});
