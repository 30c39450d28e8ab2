// Intercom 2026: the conversation and its composer inside open shadow roots (helpdesk-dom-2026.md).
// Reading, following changes inside the shadow root as fast as light-DOM ones, re-attaching after the
// host re-renders, role hints, and inserting into the composer there.
import { type Conversation } from '@/lib/conversation';
import {
  buildDiagnostic,
  type ConversationUpdate,
  insertIntoComposer,
  observeConversation,
  readConversation,
} from '@/lib/helpdesk';
import { ADAPTERS } from '@/lib/helpdesk/adapters';
import { load } from './load';
import { h } from './pages';

const URL_2026 = 'https://app.eu.intercom.com/a/inbox/k2x9q/inbox/shared/all/conversation/880041';

function conv(u: ConversationUpdate | undefined): Conversation {
  if (u?.type !== 'read' || !u.result.ok) throw new Error(`no conversation: ${JSON.stringify(u)}`);
  return u.result.conversation;
}

/** The 2026 fixture as a live document (happy-dom's own, so mutation observers run). */
function livePage() {
  const { doc: parsed } = load('intercom/2026-shadow-root.html');
  document.body.replaceChildren(document.importNode(parsed.body, true));
  // importNode does not carry shadow roots: attach the fixture's again.
  const host = document.getElementById('teammate-app-react')!;
  const root = host.attachShadow({ mode: 'open' });
  root.append(document.importNode(parsed.getElementById('teammate-app-react')!.shadowRoot!, true));
  const stream = () => root.querySelector('[data-testid="conversation-stream-scroll-container"] > div')!;
  return { host, root, stream };
}

function customerRow(doc: Document, id: string, text: string): Element {
  return h(
    doc,
    'div',
    { 'data-part-entity-id': id, class: 'flex gap-2' },
    h(doc, 'div', { class: 'inbox-2__avatar o__user', 'aria-label': 'Noor Haddad' }, 'NH'),
    h(
      doc,
      'div',
      { class: 'group/content-part relative' },
      h(
        doc,
        'div',
        { class: 'inbox-2__renderable-part' },
        h(doc, 'div', { class: 'interblocks-html' }, h(doc, 'p', {}, text)),
      ),
      h(doc, 'time', { datetime: '2026-09-14T10:00:00Z' }, 'now'),
    ),
  );
}

const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('reading inside open shadow roots', () => {
  test('the 2026 page is read from the shadow root of #teammate-app-react, on an EU workspace', () => {
    const { doc, url, expected } = load('intercom/2026-shadow-root.html');
    expect(url).toBe(URL_2026);
    expect(readConversation(doc, url)).toEqual(expected);
  });

  test('unknown hosts, nested two deep, are found by walking every open shadow root', () => {
    const { doc, url } = load('intercom/2026-layout-hints.html');
    const r = readConversation(doc, url);
    expect(r.ok && r.conversation.messages.map((m) => m.role)).toEqual([
      'customer',
      'agent',
      'bot',
      'agent',
      'customer',
    ]);
  });

  test('the diagnostic names the shadow-root path and the role hint behind each role, never text', () => {
    const { doc, url } = load('intercom/2026-layout-hints.html');
    const d = buildDiagnostic(doc, url, { extensionVersion: '1.0.0' });
    expect(d.shadowPath).toEqual(['inbox-shell', 'conversation-view#cv']);
    expect(d.roleHints).toEqual({ layout: 3, 'teammate-name': 1, none: 1 });
    expect(JSON.stringify(d)).not.toMatch(/Ada|Ines|camera|Pixel/);

    const fixture = load('intercom/2026-shadow-root.html');
    const d2026 = buildDiagnostic(fixture.doc, fixture.url, { extensionVersion: '1.0.0' });
    expect(d2026.shadowPath).toEqual(['div#teammate-app-react']);
    expect(d2026.roleHints).toEqual({ 'author-class': 4, 'part-kind': 3 });
  });

  test('a page whose stream is in no tree at all says which hook is missing', () => {
    const { doc, url } = load('intercom/2026-shadow-root.html');
    const root = doc.getElementById('teammate-app-react')!.shadowRoot!;
    root.querySelector('[data-testid="conversation-stream-scroll-container"]')!.remove();
    expect(readConversation(doc, url)).toEqual({ ok: false, helpdesk: 'intercom', missing: ['stream'] });
    expect(buildDiagnostic(doc, url, { extensionVersion: '1.0.0' }).shadowPath).toBeNull();
  });

  test('position is the last resort: a bubble right of the stream’s centre is a teammate’s', () => {
    const { doc, url } = load('intercom/2026-layout-hints.html');
    const shadow = doc.querySelector('inbox-shell')!.shadowRoot!.getElementById('cv')!.shadowRoot!;
    const stream = shadow.querySelector('[data-testid="conversation-stream-scroll-container"]')!;
    const parts = shadow.querySelectorAll('[class~="group/content-part"]');
    const last = parts[parts.length - 1]!;
    const box = (left: number, width: number) => () => ({ left, width, right: left + width }) as DOMRect;
    stream.getBoundingClientRect = box(0, 800);
    last.getBoundingClientRect = box(500, 260);
    const r = readConversation(doc, url);
    expect(r.ok && r.conversation.messages.at(-1)).toMatchObject({ role: 'agent', author: null });
    expect(buildDiagnostic(doc, url, { extensionVersion: '1' }).roleHints).toMatchObject({ position: 1 });
  });
});

describe('following a conversation inside a shadow root', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  test('a part appended inside the shadow root arrives as a one-part delta, like a light-DOM append', async () => {
    const { stream } = livePage();
    const updates: ConversationUpdate[] = [];
    const observer = observeConversation(document, { url: () => URL_2026, debounceMs: 30 }, (u) => updates.push(u));
    expect(conv(updates[0]).messages).toHaveLength(7);
    const parsesAfterRead = observer.stats().parses;

    stream().append(customerRow(document, '90210008', 'Any news on the refund?'));
    await tick(30);
    expect(updates).toHaveLength(2);
    expect(updates[1]).toMatchObject({ type: 'read', reset: false, from: 7 });
    expect(conv(updates[1]).messages.at(-1)).toMatchObject({
      id: '90210008',
      role: 'customer',
      text: 'Any news on the refund?',
    });
    expect(observer.stats().parses - parsesAfterRead).toBe(1);
    observer.stop();
  });

  test('re-attaches when the host re-renders its content, and when the host itself is replaced', async () => {
    const { host, root } = livePage();
    const updates: ConversationUpdate[] = [];
    const observer = observeConversation(document, { url: () => URL_2026, debounceMs: 30 }, (u) => updates.push(u));

    // The app re-renders the conversation: the shadow root's content is replaced by new nodes.
    const fresh = root.querySelector('.inbox-2__conversation')!.cloneNode(true) as Element;
    fresh.querySelector('[data-part-entity-id="90210007"]')!.remove();
    root.replaceChildren(fresh);
    await tick(30);
    expect(updates.at(-1)).toMatchObject({ type: 'read', reset: true });
    expect(conv(updates.at(-1)).messages).toHaveLength(6);

    // The host element is replaced by a new one with its own shadow root.
    const newHost = h(document, 'div', { id: 'teammate-app-react' });
    newHost.attachShadow({ mode: 'open' }).append(fresh.cloneNode(true));
    host.replaceWith(newHost);
    await tick(30);
    expect(conv(updates.at(-1)).messages).toHaveLength(6);

    // And the new stream is followed: an append there still arrives.
    newHost
      .shadowRoot!.querySelector('[data-testid="conversation-stream-scroll-container"] > div')!
      .append(customerRow(document, '90210009', 'Hello?'));
    await tick(30);
    expect(updates.at(-1)).toMatchObject({ reset: false, from: 6 });
    expect(conv(updates.at(-1)).messages.at(-1)?.text).toBe('Hello?');
    observer.stop();
  });

  test('a switch to another conversation (URL and stream change) is a fresh read', async () => {
    const { root } = livePage();
    let url = URL_2026;
    const updates: ConversationUpdate[] = [];
    const observer = observeConversation(document, { url: () => url, debounceMs: 30 }, (u) => updates.push(u));
    url = URL_2026.replace('880041', '880042');
    const stream = root.querySelector('[data-testid="conversation-stream-scroll-container"]')!;
    const next = h(
      document,
      'div',
      { 'data-testid': 'conversation-stream-scroll-container' },
      h(document, 'div', {}, customerRow(document, '1', 'Different customer')),
    );
    stream.replaceWith(next);
    observer.reset();
    await tick(30);
    const last = conv(updates.at(-1));
    expect(updates.at(-1)).toMatchObject({ reset: true });
    expect(last.id).toBe('880042');
    expect(last.messages.map((m) => m.text)).toEqual(['Different customer']);
    observer.stop();
  });
});

describe('the composer inside the shadow root', () => {
  afterEach(() => document.body.replaceChildren());

  test('is found there and takes a paste through its own handler, never innerHTML, never sending', async () => {
    const { root } = livePage();
    const composer = ADAPTERS.intercom.composer(document, URL_2026) as HTMLElement;
    expect(composer).toBe(root.querySelector('.ProseMirror'));
    composer.addEventListener('paste', (e) => {
      e.preventDefault();
      const text = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      composer.replaceChildren(...text.split('\n').map((line) => h(document, 'p', {}, line)));
    });
    const result = await insertIntoComposer(document, 'Hi Noor,\nthe refund is on its way.', {
      url: URL_2026,
      bridgeTimeoutMs: 5,
    });
    expect(result).toEqual({ ok: true, route: 'paste' });
    expect([...composer.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Hi Noor,',
      'the refund is on its way.',
    ]);
  });
});
