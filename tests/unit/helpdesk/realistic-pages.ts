/**
 * Messages shaped like real ones, for the bench and for tests of the text rules on long bodies:
 * emails with several paragraphs, links, inline formatting, lists, quoted history, signatures and
 * attachments, between short messaging bubbles and internal notes. Text written for these pages.
 * Relative imports only (see pages.ts).
 */
import { h } from './pages';

const SENTENCES = [
  'I ordered a standing desk on March 1st and the tracking page still says "label created".',
  'Could you check with the carrier what is going on?',
  'This is the third time I write about this order, and nobody has answered so far.',
  'I have attached the receipt and a photo of the empty porch.',
  'Thanks for your patience while we look into this.',
  'I have asked the carrier for an update and will write again by 5pm today.',
  'You can choose a refund or a replacement, whichever suits you best.',
  'If the parcel does not show a scan by Friday, we will refund the order in full.',
];

const at = (i: number) => new Date(Date.UTC(2025, 2, 1, 9, 0, i)).toISOString();
const sentence = (i: number) => SENTENCES[i % SENTENCES.length]!;

/** A paragraph of two or three sentences with a link and some inline formatting. */
function paragraph(doc: Document, i: number): Element {
  return h(
    doc,
    'p',
    {},
    `${sentence(i)} `,
    h(doc, 'a', { href: `https://shop.example/orders/${88000 + i}`, target: '_blank' }, 'order page'),
    ', then ',
    h(doc, 'strong', {}, sentence(i + 1)),
    ...(i % 2 === 0 ? [' ', h(doc, 'em', {}, sentence(i + 2))] : []),
  );
}

/** An email body: greeting, paragraphs, sometimes a list, a signature and quoted history. */
export function emailBody(doc: Document, i: number, author: string): Element[] {
  const body = [h(doc, 'p', {}, 'Hello,'), paragraph(doc, i), paragraph(doc, i + 3)];
  if (i % 3 === 0) {
    body.push(h(doc, 'ul', {}, ...[0, 1, 2].map((k) => h(doc, 'li', {}, sentence(i + k)))));
  }
  body.push(h(doc, 'p', {}, 'Best regards,', h(doc, 'br'), author, h(doc, 'br'), 'Acme customer since 2019'));
  if (i % 2 === 0) {
    const quote = h(doc, 'blockquote', {}, h(doc, 'p', {}, `On Monday, Support wrote:`), paragraph(doc, i + 5));
    body.push(h(doc, 'div', { class: 'zd-comment-quote' }, quote));
  }
  return body;
}

function zendeskHeader(doc: Document, author: string, i: number, internal: boolean): Element {
  return h(
    doc,
    'div',
    { class: 'sc-1qgmn4q-0 header' },
    h(
      doc,
      'div',
      { 'data-test-id': 'omni-log-item-sender' },
      h(doc, 'a', { 'data-test-id': 'omni-log-comment-user-link', href: `/agent/users/${100 + (i % 7)}` }, author),
    ),
    internal
      ? h(doc, 'span', { 'data-test-id': 'omni-log-internal-note-tag' }, 'Internal note')
      : h(doc, 'span', { 'data-test-id': 'omni-log-item-via' }, i % 6 < 2 ? 'via email' : 'via messaging'),
    h(doc, 'time', { 'data-test-id': 'timestamp-relative', datetime: at(i) }, '3 days ago'),
    h(
      doc,
      'button',
      { 'aria-label': 'More actions', type: 'button' },
      h(doc, 'svg', {}, h(doc, 'path', { d: 'M0 0' })),
    ),
  );
}

/** Message `i` of a long Zendesk ticket: emails, messaging bubbles, notes and attachments in turn. */
export function realisticZendeskMessage(doc: Document, i: number): Element {
  const kind = i % 6; // 0 customer email, 1 agent email, 2 customer bubble, 3 agent bubble, 4 note, 5 email + file
  const type = kind === 4 ? 'internal' : kind % 2 === 0 ? 'end-user' : 'agent';
  const author = type === 'end-user' ? 'Sam Carter' : 'Priya Nair';
  const email = kind < 2 || kind === 5;
  const content = email
    ? [h(doc, 'div', { class: 'zd-comment', dir: 'auto' }, ...emailBody(doc, i, author))]
    : kind === 4
      ? [h(doc, 'div', { class: 'zd-comment' }, h(doc, 'p', {}, sentence(i)), h(doc, 'p', {}, sentence(i + 1)))]
      : [h(doc, 'span', {}, h(doc, 'span', {}, sentence(i)))];
  if (kind === 0) {
    const line = (text: string) => h(doc, 'div', {}, text);
    const envelope = h(
      doc,
      'div',
      { 'data-test-id': 'ticket-conversation-event-message-envelope-container' },
      line('From: Sam Carter <sam@example.com>'),
      line('To: Acme Support <support@acme.example>'),
    );
    content.unshift(envelope);
  }
  if (kind === 5) {
    const href = `/attachments/token/T${i}/?name=photo-${i}.jpg`;
    content.push(
      h(doc, 'a', { 'data-test-id': 'attachment-thumbnail', href }, h(doc, 'img', { src: 'data:,', alt: '' })),
      h(doc, 'a', { class: 'attachment', href }, `photo-${i}.jpg`),
    );
  }
  const receipt =
    kind === 3 ? [h(doc, 'svg', { 'data-test-id': 'convo-log-item-read-indicator' }, h(doc, 'title', {}, 'Read'))] : [];
  const origin = email ? 'EmailInteraction' : kind === 4 ? 'WebInteraction' : 'MobileSdkInteraction';
  return h(
    doc,
    'article',
    { 'data-test-id': 'omni-log-comment-item', 'aria-label': `Message from ${author}, 10:00` },
    h(doc, 'figure', { 'data-test-id': 'omni-log-base-avatar' }, h(doc, 'img', { alt: '', src: 'data:,' })),
    h(
      doc,
      'div',
      { 'data-test-id': 'omni-log-item-message', type, mode: 'standalone' },
      zendeskHeader(doc, author, i, type === 'internal'),
      h(doc, 'div', { 'data-test-id': 'omni-log-message-content', 'data-originated-from': origin }, ...content),
      ...receipt,
    ),
  );
}

/** Part `i` (1-based) of a long Intercom conversation: chat bubbles and emails in turn. */
export function realisticIntercomPart(doc: Document, i: number): Element {
  const email = i % 3 === 0;
  const blocks = (
    email ? emailBody(doc, i, 'Lena') : [h(doc, 'p', {}, sentence(i), ' ', h(doc, 'b', {}, 'Thanks!'))]
  ).map((block) => h(doc, 'div', { class: 'intercom-interblocks-paragraph' }, block));
  const body = h(
    doc,
    'div',
    { class: 'inbox2__renderable-part' },
    h(doc, 'div', { class: 'intercom-interblocks' }, ...blocks),
  );
  const file = email
    ? [h(doc, 'a', { download: `statement-${i}.pdf`, href: `https://files.example/${i}.pdf` }, `statement-${i}.pdf`)]
    : [];
  return h(
    doc,
    'div',
    {
      'data-intercom-target': 'conversation-stream-content-part',
      'data-part-id': String(i),
      class: 'group/content-part relative',
    },
    email ? h(doc, 'div', { class: 'inbox2__user-email-part' }, body, ...file) : body,
    h(doc, 'div', { class: 'flex' }, h(doc, 'time', { datetime: at(i) }, '2h'), h(doc, 'span', {}, 'Seen')),
  );
}

/** Row `i` (1-based) of a long 2026 Intercom conversation (helpdesk-dom-2026.md): chat bubbles and emails in turn. */
export function realisticIntercom2026Row(doc: Document, i: number): Element {
  const email = i % 3 === 0;
  const customer = i % 2 === 1;
  const blocks = email ? emailBody(doc, i, 'Lena') : [h(doc, 'p', {}, sentence(i), ' ', h(doc, 'b', {}, 'Thanks!'))];
  const body = h(
    doc,
    'div',
    { class: 'inbox-2__renderable-part inbox-2__break-words' },
    h(doc, 'div', { class: 'interblocks-html' }, ...blocks),
  );
  const file = email
    ? [h(doc, 'a', { download: `statement-${i}.pdf`, href: `https://files.example/${i}.pdf` }, `statement-${i}.pdf`)]
    : [];
  return h(
    doc,
    'div',
    { 'data-part-entity-id': String(i), class: 'flex gap-2' },
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
        { class: 'inbox-2__part-bubble' },
        email ? h(doc, 'div', { class: 'inbox-2__user-email-part' }, body, ...file) : body,
      ),
      h(
        doc,
        'div',
        { class: 'inbox-2__part-metadata' },
        ...(customer ? [] : [h(doc, 'span', { 'data-testid': 'admin-avatar-name' }, 'Jonas Weber')]),
        h(doc, 'time', { datetime: at(i) }, '2h'),
        h(doc, 'span', {}, 'Seen'),
      ),
    ),
  );
}
