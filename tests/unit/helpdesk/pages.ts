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
