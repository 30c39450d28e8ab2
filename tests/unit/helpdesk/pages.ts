/**
 * Builds helpdesk pages with plain DOM calls, so the same builders serve unit tests (happy-dom,
 * DOMParser documents) and the bench (linkedom). Shapes follow the fixtures in tests/fixtures/.
 * Relative imports only: scripts/bench/reader.ts imports this file outside Vite.
 */

type Child = Node | string;

export function h(doc: Document, tag: string, attrs: Record<string, string> = {}, ...children: Child[]): Element {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return el;
}

export interface ZendeskMessageOptions {
  type?: 'end-user' | 'agent' | 'internal' | 'bot';
  /** Sender header shown (false: a grouped bubble). */
  header?: boolean;
  author?: string;
  text?: string;
}

/** One Agent Workspace log item, like the messaging fixture's. */
export function zendeskMessage(doc: Document, i: number, o: ZendeskMessageOptions = {}): Element {
  const type = o.type ?? (i % 2 === 0 ? 'end-user' : 'agent');
  const author = o.author ?? (type === 'end-user' ? 'Sam Carter' : 'Priya Nair');
  const header = o.header ?? true;
  const at = new Date(Date.UTC(2025, 4, 2, 10, 0, i)).toISOString();
  return h(
    doc,
    'article',
    { 'data-test-id': 'omni-log-comment-item', 'aria-label': `Message from ${author}, 10:00` },
    h(doc, 'figure', { 'data-test-id': 'omni-log-base-avatar' }, h(doc, 'img', { alt: '', src: 'data:,' })),
    h(
      doc,
      'div',
      { 'data-test-id': 'omni-log-item-message', type, mode: 'standalone' },
      ...(header
        ? [
            h(doc, 'div', { 'data-test-id': 'omni-log-item-sender' }, author),
            h(doc, 'span', { 'data-test-id': 'omni-log-item-via' }, 'via messaging'),
          ]
        : []),
      ...(type === 'internal'
        ? [h(doc, 'span', { 'data-test-id': 'omni-log-internal-note-tag' }, 'Internal note')]
        : []),
      h(doc, 'time', { 'data-test-id': 'timestamp-absolute', datetime: at }, '10:00'),
      h(
        doc,
        'div',
        { 'data-test-id': 'omni-log-message-content', 'data-originated-from': 'WebInteraction' },
        h(doc, 'div', { class: 'zd-comment' }, h(doc, 'p', {}, o.text ?? `Message number ${i}, about my order.`)),
      ),
    ),
  );
}

/** An Agent Workspace ticket with `n` messages (built by `message`); returns its root and log. */
export function zendeskTicket(
  doc: Document,
  id: string,
  n: number,
  active = true,
  message: (doc: Document, i: number) => Element = zendeskMessage,
): { root: Element; log: Element } {
  const log = h(doc, 'div', { 'data-test-id': 'omni-log-container', role: 'log' });
  for (let i = 0; i < n; i++) log.append(message(doc, i));
  const root = h(
    doc,
    'div',
    { 'data-test-id': `ticket-${id}-standard-layout`, 'data-is-active': String(active) },
    h(doc, 'input', { 'data-test-id': 'omni-header-subject', value: `Subject of ${id}` }),
    h(doc, 'span', { 'data-test-id': 'omni-header-via-label' }, 'via messaging'),
    h(doc, 'div', { 'data-test-id': 'ticket-system-field-requester-select' }, 'Sam Carter'),
    h(doc, 'div', { 'data-side-conversations-anchor-id': id }, log),
    h(
      doc,
      'div',
      { 'data-test-id': 'editor-view' },
      h(doc, 'div', {
        class: 'ck-editor__editable',
        'data-test-id': 'omnicomposer-rich-text-ckeditor',
        contenteditable: 'true',
        role: 'textbox',
      }),
    ),
  );
  return { root, log };
}

export function intercomPart(doc: Document, id: string, text: string): Element {
  return h(
    doc,
    'div',
    { 'data-intercom-target': 'conversation-stream-content-part', 'data-part-id': id, class: 'group/content-part' },
    h(
      doc,
      'div',
      { class: 'inbox2__renderable-part' },
      h(doc, 'div', { class: 'intercom-interblocks' }, h(doc, 'p', {}, text)),
    ),
    h(doc, 'time', { datetime: '2025-04-07T08:30:00Z' }, '2h'),
  );
}

export function intercomGroup(
  doc: Document,
  id: string,
  category: string,
  name: string | null,
  ...parts: Element[]
): Element {
  return h(
    doc,
    'div',
    { 'data-part-group-id': id, 'data-part-group-category': category },
    ...(name ? [h(doc, 'span', { 'data-testid': 'admin-avatar-name' }, name)] : []),
    ...parts,
  );
}

/** An Intercom conversation whose stream has `n` parts (built by `part`, numbered from 1) in groups of five. */
export function intercomConversation(
  doc: Document,
  n: number,
  part: (doc: Document, i: number) => Element = (d, i) => intercomPart(d, String(i), `Part ${i}`),
): { root: Element; stream: Element } {
  const stream = h(doc, 'div', { 'data-conversation-stream': '' });
  for (let g = 0; g * 5 < n; g++) {
    const parts = Array.from({ length: Math.min(5, n - g * 5) }, (_, k) => part(doc, g * 5 + k + 1));
    stream.append(intercomGroup(doc, `g${g}`, g % 2 === 0 ? '1' : '3', g % 2 === 0 ? null : 'Jonas Weber', ...parts));
  }
  const root = h(
    doc,
    'div',
    { 'data-intercom-target': 'conversation-space' },
    h(doc, 'span', { 'data-inbox-conversation-header-title': '' }, 'Lena Fischer'),
    stream,
  );
  return { root, stream };
}

/** One 2026 Intercom row (helpdesk-dom-2026.md): entity id, avatar with an author class, a group/content-part. */
export function intercom2026Row(doc: Document, i: number, text = `Part ${i}`): Element {
  const customer = Math.floor((i - 1) / 5) % 2 === 0;
  return h(
    doc,
    'div',
    { 'data-part-entity-id': String(90_000 + i), class: 'flex gap-2' },
    h(doc, 'div', {
      class: `inbox-2__avatar ${customer ? 'o__user' : 'o__admin'}`,
      'aria-label': customer ? 'Lena Fischer' : 'Jonas Weber',
    }),
    h(
      doc,
      'div',
      { class: 'group/content-part relative flex flex-col' },
      h(
        doc,
        'div',
        { class: 'inbox-2__renderable-part' },
        h(doc, 'div', { class: 'interblocks-html' }, h(doc, 'p', {}, text)),
      ),
      h(doc, 'div', { class: 'inbox-2__part-metadata' }, h(doc, 'time', { datetime: '2026-04-07T08:30:00Z' }, '2h')),
    ),
  );
}

/**
 * A 2026 Intercom page: the conversation space in the light DOM, the stream of `n` rows (built by `row`,
 * numbered from 1) inside the open shadow root of #teammate-app-react.
 */
export function intercom2026Conversation(
  doc: Document,
  n: number,
  row: (doc: Document, i: number) => Element = intercom2026Row,
): { root: Element; host: Element; stream: Element } {
  const stream = h(doc, 'div', { class: 'mx-auto max-w-[1000px]' });
  for (let i = 1; i <= n; i++) stream.append(row(doc, i));
  const host = h(doc, 'div', { id: 'teammate-app-react' });
  host
    .attachShadow({ mode: 'open' })
    .append(
      h(
        doc,
        'div',
        { class: 'inbox-2__conversation' },
        h(doc, 'div', { 'data-inbox-conversation-header-title': 'true' }, h(doc, 'span', {}, 'Lena Fischer')),
        h(doc, 'div', { 'data-testid': 'conversation-stream-scroll-container' }, stream),
        h(
          doc,
          'div',
          { 'data-conversation-reply-composer': '' },
          h(doc, 'div', { class: 'ProseMirror', contenteditable: 'true', role: 'textbox' }),
        ),
      ),
    );
  const root = h(doc, 'div', { 'data-intercom-target': 'conversation-space' }, host);
  return { root, host, stream };
}
