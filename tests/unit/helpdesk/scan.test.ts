// The scanner reads text in one pass with shortcuts (lazy line breaks, `hidden` read only around
// bodies, a fast path for tidy text). These properties hold it to a plain reading of the text rules,
// written here as directly as possible, on random message bodies.
import fc from 'fast-check';
import { readConversation } from '@/lib/helpdesk';
import { normalizeLines } from '@/lib/helpdesk/text';
import { NOT_TEXT } from '@/lib/helpdesk/zendesk/selectors';
import { h } from './pages';

const URL = 'https://acme.zendesk.com/agent/tickets/1';

const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'pre', 'tr', 'table', 'h2', 'section', 'blockquote']);
const NO_TEXT = new Set(['button', 'svg', 'img', 'select']);
const SKIP = new Set(['script', 'style', 'template']);
// Attributes of Zendesk hooks whose content is not message text (some only count on the right tag).
const EXCLUDED: Record<string, string>[] = [
  { 'data-test-id': 'omni-log-item-via' },
  { 'data-test-id': 'timestamp-relative', datetime: '2025-01-01T00:00:00Z' },
  { 'data-test-id': 'convo-log-item-read-indicator' },
  { 'data-test-id': 'ticket-conversation-event-message-envelope-container' },
  { 'data-test-id': 'omni-log-internal-note-tag' },
  { class: 'attachment', href: '/attachments/token/t/?name=f.pdf' },
];
// Matched by the DOM's own selector engine, not the reader's classifier.
const notText = NOT_TEXT.flatMap((hook) => hook.selectors.map((s) => s.css)).join(', ');

/** The text rules, read naively: collect, then collapse spaces, trim lines, drop empty ones. */
function reference(el: Element, inPre = false): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3)
      out += inPre ? (c as Text).data.replace(/\r\n?/g, '\n') : (c as Text).data.replace(/\r\n?|\n/g, ' ');
    if (c.nodeType !== 1) continue;
    const e = c as Element;
    const tag = e.localName;
    if (SKIP.has(tag) || NO_TEXT.has(tag) || e.hasAttribute('hidden') || e.matches(notText)) continue;
    const inner = reference(e, inPre || tag === 'pre');
    if (BLOCKS.has(tag)) out += `\n${inner}\n`;
    else if (tag === 'br') out += `\n${inner}`;
    else if (tag === 'td') out += ` ${inner}`;
    else out += inner;
  }
  return out;
}

const referenceLines = (raw: string) =>
  raw
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');

type Tree = string | { tag: string; attrs: Record<string, string>; children: Tree[] };

const text = fc.stringMatching(/^[ab \n\t\r\u00a0<&]{0,8}$/);
const tag = fc.constantFrom(...BLOCKS, ...NO_TEXT, ...SKIP, 'span', 'b', 'a', 'br', 'td', 'time');
const attrs = fc.oneof(
  { weight: 6, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.constant({ hidden: '' }) },
  { weight: 1, arbitrary: fc.constant({ class: 'note', title: 'x' }) },
  { weight: 2, arbitrary: fc.constantFrom(...EXCLUDED) },
);
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('node')),
  node: fc.record({ tag, attrs, children: fc.array(tie('tree'), { maxLength: 4 }) }),
}));

function build(doc: Document, t: Tree): Node {
  if (typeof t === 'string') return doc.createTextNode(t);
  return h(doc, t.tag, t.attrs, ...t.children.map((c) => build(doc, c)));
}

/** A one-message Zendesk page whose body holds `children`, and that body. */
function page(children: Tree[], wrap: Record<string, string> = {}): { doc: Document; body: Element } {
  const doc = document.implementation.createHTMLDocument('t');
  const body = h(doc, 'div', { 'data-test-id': 'omni-log-message-content' }, ...children.map((c) => build(doc, c)));
  const message = h(
    doc,
    'div',
    { 'data-test-id': 'omni-log-item-message', type: 'end-user' },
    h(doc, 'div', wrap, body),
  );
  const log = h(
    doc,
    'div',
    { 'data-test-id': 'omni-log-container' },
    h(doc, 'article', { 'data-test-id': 'omni-log-comment-item' }, message),
  );
  doc.body.append(h(doc, 'div', { 'data-test-id': 'ticket-1-standard-layout', 'data-is-active': 'true' }, log));
  return { doc, body };
}

function messageText(doc: Document): string {
  const r = readConversation(doc, URL);
  if (!r.ok) throw new Error(`unreadable: ${r.missing.join()}`);
  return r.conversation.messages[0]!.text;
}

// Hundreds of generated pages: seconds on a busy runner; a generous time-out (behaviour, not speed).
describe('the scanner reads text like the plain text rules', { timeout: 60_000 }, () => {
  test('random bodies', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (children) => {
        const { doc, body } = page(children);
        expect(messageText(doc)).toBe(referenceLines(reference(body)));
      }),
      { numRuns: 1_000 },
    );
  });

  test('a body inside a hidden, excluded or text-less element has no text', () => {
    for (const wrap of [{ hidden: '' }, EXCLUDED[2]!]) expect(messageText(page(['kept'], wrap).doc)).toBe('');
    const { doc, body } = page(['kept']);
    body.parentElement!.replaceWith(h(doc, 'button', {}, body));
    expect(messageText(doc)).toBe('');
  });

  test('the best-ranked body wins, whether it holds the other or sits inside it', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const part = (...children: Node[]) =>
      h(doc, 'div', { 'data-intercom-target': 'conversation-stream-content-part' }, ...children);
    const stream = h(
      doc,
      'div',
      { 'data-conversation-stream': '' },
      h(
        doc,
        'div',
        { 'data-part-group-id': 'g', 'data-part-group-category': '1' },
        // .intercom-interblocks (best) inside .inbox2__renderable-part: the text after it is not the body's.
        part(
          h(
            doc,
            'div',
            { class: 'inbox2__renderable-part' },
            h(doc, 'div', { class: 'intercom-interblocks' }, 'inner'),
            'after',
          ),
        ),
        // .inbox2__break-words (worse) inside .intercom-interblocks: the whole outer text.
        part(
          h(
            doc,
            'div',
            { class: 'intercom-interblocks' },
            'outer ',
            h(doc, 'p', { class: 'inbox2__break-words' }, 'nested'),
          ),
        ),
      ),
    );
    doc.body.append(stream);
    const r = readConversation(doc, 'https://app.intercom.com/a/inbox/x/inbox/conversation/3');
    if (!r.ok) throw new Error('unreadable');
    expect(r.conversation.messages.map((m) => m.text)).toEqual(['inner', 'outer\nnested']);
  });
});

describe('message nodes', () => {
  test('one nested in another is still listed, in document order, as a selector query would', () => {
    const { doc, body } = page(['outer']);
    const event = h(doc, 'div', { 'data-test-id': 'interaction-history-event' }, 'Status changed');
    body.parentElement!.append(event);
    const r = readConversation(doc, URL);
    if (!r.ok) throw new Error('unreadable');
    expect(r.conversation.messages.map((m) => [m.role, m.text])).toEqual([
      ['customer', 'outer'],
      ['system', 'Status changed'],
    ]);
  });
});

describe('normalizeLines', () => {
  test('its fast path for tidy text agrees with the full normalisation', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab \n\t\r\u00a0]{0,12}$/), (raw) => {
        expect(normalizeLines(raw)).toBe(referenceLines(raw));
      }),
      { numRuns: 5_000 },
    );
  });
});
