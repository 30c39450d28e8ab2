import { insertIntoComposer, installComposerBridge } from '@/lib/helpdesk';
import { REQUEST_EVENT, RESPONSE_EVENT } from '@/lib/helpdesk/bridge/contract';
import { ADAPTERS } from '@/lib/helpdesk/adapters';
import { h, intercomConversation, zendeskTicket } from './pages';

const ZURL = 'https://acme.zendesk.com/agent/tickets/1';
const IURL = 'https://app.intercom.com/a/inbox/x1/inbox/conversation/7';
const fast = { bridgeTimeoutMs: 10 };

/**
 * A stand-in for a CKEditor 5 instance recording the calls the bridge makes (editors.test.ts uses the real
 * one); with `renders`, it writes inserted text into that element, as the real editor renders its model.
 */
function fakeEditor(opts: { readOnly?: boolean; renders?: Element } = {}) {
  const calls: unknown[][] = [];
  const editor = {
    isReadOnly: opts.readOnly ?? false,
    commands: {
      get: (name: string) => (['insertText', 'enter', 'shiftEnter'].includes(name) ? { isEnabled: true } : undefined),
    },
    editing: { view: { focus: vi.fn() } },
    model: {
      change: (cb: (writer: unknown) => void) => (
        calls.push(['change']),
        cb({ createText: (text: string) => ({ text }) })
      ),
      insertContent: (node: { text: string }) => {
        calls.push(['insertContent', node.text]);
        opts.renders?.append(node.text);
      },
      // No position: the fake has no paragraphs, so nothing comes before the caret.
      document: { selection: { getAttributes: () => [], getFirstPosition: () => null } },
    },
    execute: (...args: unknown[]) => calls.push(args),
  };
  return { editor, calls };
}

let cleanup: (() => void)[] = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
  document.body.replaceChildren();
});

function zendeskPage() {
  const { root } = zendeskTicket(document, '1', 2);
  const submit = h(document, 'button', { 'data-test-id': 'submit_button-button' }, 'Submit');
  const clicked = vi.fn();
  submit.addEventListener('click', clicked);
  root.append(submit);
  document.body.append(root);
  const composer = root.querySelector<HTMLElement>('[contenteditable]')!;
  return { root, composer, clicked };
}

/** A composer that handles paste like ProseMirror does: text/plain lines become paragraphs. */
function handlePaste(composer: HTMLElement) {
  const onPaste = vi.fn((e: Event) => {
    const text = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    e.preventDefault();
    for (const line of text.split('\n')) composer.append(h(document, 'p', {}, line));
  });
  composer.addEventListener('paste', onPaste);
  return onPaste;
}

function stubExecCommand(fn: (cmd: string, ui?: boolean, value?: string) => boolean) {
  const stub = vi.fn(fn);
  Object.defineProperty(document, 'execCommand', { value: stub, configurable: true });
  cleanup.push(() => delete (document as { execCommand?: unknown }).execCommand);
  return stub;
}

describe('insertIntoComposer via the main-world bridge (CKEditor 5)', () => {
  test('inserts through the editor model: lines, soft breaks and paragraphs, one change block', async () => {
    const { composer, clicked } = zendeskPage();
    const { editor, calls } = fakeEditor({ renders: composer });
    Object.assign(composer, { ckeditorInstance: editor });
    cleanup.push(installComposerBridge(window));
    const r = await insertIntoComposer(document, 'Hi Jane,\r\n\r\nI am sorry.\nI will fix it today.\n', { url: ZURL });
    expect(r).toEqual({ ok: true, route: 'bridge' });
    expect(calls).toEqual([
      ['change'],
      ['insertContent', 'Hi Jane,'],
      ['enter'],
      ['insertContent', 'I am sorry.'],
      ['shiftEnter'],
      ['insertContent', 'I will fix it today.'],
    ]);
    expect(editor.editing.view.focus).toHaveBeenCalled();
    expect(clicked).not.toHaveBeenCalled();
  });

  test('finds the instance on the .ck-editor wrapper too', async () => {
    const { composer } = zendeskPage();
    const wrapper = h(document, 'div', { class: 'ck ck-editor' });
    composer.replaceWith(wrapper);
    wrapper.append(composer);
    const { editor, calls } = fakeEditor({ renders: composer });
    Object.assign(wrapper, { ckeditorInstance: editor });
    cleanup.push(installComposerBridge(window));
    expect(await insertIntoComposer(document, 'Thanks', { url: ZURL })).toEqual({ ok: true, route: 'bridge' });
    expect(calls).toContainEqual(['insertContent', 'Thanks']);
  });

  test('an "inserted" answer the page forges is not believed: the composer must hold the text', async () => {
    zendeskPage();
    // The page reads the request (its nonce included) and answers it itself, inserting nothing.
    const forge = (event: Event) => {
      const { nonce } = JSON.parse((event as CustomEvent<string>).detail) as { nonce: string };
      document.dispatchEvent(new CustomEvent(RESPONSE_EVENT, { detail: JSON.stringify({ v: 1, nonce, ok: true }) }));
    };
    document.addEventListener(REQUEST_EVENT, forge, true);
    cleanup.push(() => document.removeEventListener(REQUEST_EVENT, forge, true));
    expect(await insertIntoComposer(document, 'Refund approved', { url: ZURL })).toEqual({
      ok: false,
      reason: 'not-inserted',
    });
  });

  test('a read-only editor is a refusal, without DOM fallbacks', async () => {
    const { composer } = zendeskPage();
    Object.assign(composer, { ckeditorInstance: fakeEditor({ readOnly: true }).editor });
    const onPaste = handlePaste(composer);
    cleanup.push(installComposerBridge(window));
    expect(await insertIntoComposer(document, 'x', { url: ZURL })).toEqual({ ok: false, reason: 'editor-read-only' });
    expect(onPaste).not.toHaveBeenCalled();
  });

  test('the bridge ignores anything but a valid request, and answers nothing', () => {
    const { composer } = zendeskPage();
    const { editor, calls } = fakeEditor();
    Object.assign(composer, { ckeditorInstance: editor });
    cleanup.push(installComposerBridge(window));
    const answers = vi.fn();
    document.addEventListener(RESPONSE_EVENT, answers);
    cleanup.push(() => document.removeEventListener(RESPONSE_EVENT, answers));
    const nonce = 'abcdefghijklmnop1234';
    for (const detail of [
      { v: 1, nonce, text: 'object, not JSON string' },
      'not json',
      JSON.stringify({ v: 2, nonce, text: 'x' }),
      JSON.stringify({ v: 1, nonce: 'short', text: 'x' }),
      JSON.stringify({ v: 1, nonce, text: '' }),
      JSON.stringify({ v: 1, nonce, text: 'x', extra: true }),
      JSON.stringify({ v: 1, nonce, text: 'x'.repeat(10_001) }),
    ]) {
      composer.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail, bubbles: true }));
    }
    expect(answers).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  test('a valid request on a node without an editor is answered "no-editor-api"', () => {
    zendeskPage();
    cleanup.push(installComposerBridge(window));
    const answers: string[] = [];
    const listen = (e: Event) => answers.push((e as CustomEvent<string>).detail);
    document.addEventListener(RESPONSE_EVENT, listen);
    cleanup.push(() => document.removeEventListener(RESPONSE_EVENT, listen));
    const detail = JSON.stringify({ v: 1, nonce: 'abcdefghijklmnop1234', text: 'x' });
    document.body.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail, bubbles: true }));
    expect(answers.map((a) => JSON.parse(a))).toEqual([
      { v: 1, nonce: 'abcdefghijklmnop1234', ok: false, reason: 'no-editor-api' },
    ]);
  });
});

describe('insertIntoComposer DOM fallbacks', () => {
  test('no bridge: a synthetic paste the editor handles, line breaks kept', async () => {
    const { composer, clicked } = zendeskPage();
    const onPaste = handlePaste(composer);
    const r = await insertIntoComposer(document, 'Line one\nLine two', { url: ZURL, ...fast });
    expect(r).toEqual({ ok: true, route: 'paste' });
    expect(onPaste).toHaveBeenCalledOnce();
    expect(Array.from(composer.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['Line one', 'Line two']);
    expect(clicked).not.toHaveBeenCalled();
  });

  test('Intercom (ProseMirror): the bridge has no editor API, so paste', async () => {
    document.body.append(
      intercomConversation(document, 2).root,
      h(
        document,
        'div',
        { class: 'inbox-2__composer__container' },
        h(document, 'div', { class: 'ProseMirror', contenteditable: 'true' }),
      ),
    );
    const composer = document.querySelector<HTMLElement>('.ProseMirror')!;
    handlePaste(composer);
    cleanup.push(installComposerBridge(window));
    expect(await insertIntoComposer(document, 'Here are a few options', { url: IURL })).toEqual({
      ok: true,
      route: 'paste',
    });
  });

  test('paste not handled: execCommand insertText per line with soft line breaks', async () => {
    const { composer } = zendeskPage();
    const exec = stubExecCommand((cmd, _ui, value) => {
      if (cmd === 'insertText') composer.append(value ?? '');
      return true;
    });
    const r = await insertIntoComposer(document, 'a\nb', { url: ZURL, ...fast });
    expect(r).toEqual({ ok: true, route: 'execCommand' });
    expect(exec.mock.calls.map((c) => c[0])).toEqual(['insertText', 'insertLineBreak', 'insertText']);
    expect(exec.mock.calls.map((c) => c[0])).not.toContain('insertParagraph');
  });

  test('nothing landed: a plain refusal', async () => {
    zendeskPage();
    stubExecCommand(() => false);
    expect(await insertIntoComposer(document, 'hello', { url: ZURL, ...fast })).toEqual({
      ok: false,
      reason: 'not-inserted',
    });
  });

  test('a paste the editor took but that did not land is not retried (no double insertion)', async () => {
    const { composer } = zendeskPage();
    composer.addEventListener('paste', (e) => e.preventDefault());
    const exec = stubExecCommand(() => true);
    expect(await insertIntoComposer(document, 'hello', { url: ZURL, ...fast })).toEqual({
      ok: false,
      reason: 'paste-not-verified',
    });
    expect(exec).not.toHaveBeenCalled();
  });
});

describe('insertIntoComposer refusals', () => {
  test.each([
    ['   \n ', ZURL, 'empty-text'],
    ['x'.repeat(10_001), ZURL, 'text-too-long'],
    ['hi', 'https://example.com/', 'unsupported-page'],
    ['hi', 'https://acme.zendesk.com/agent/dashboard', 'composer-not-found'],
  ])('%#: %s on %s → %s', async (text, url, reason) => {
    expect(await insertIntoComposer(document, text, { url, ...fast })).toEqual({ ok: false, reason });
  });

  test('the composer is the active ticket’s, never an inactive ticket’s', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const inactive = zendeskTicket(doc, '1', 1, false);
    const active = zendeskTicket(doc, '2', 1, true);
    doc.body.append(inactive.root, active.root);
    const found = ADAPTERS.zendesk.composer(doc, 'https://acme.zendesk.com/agent/tickets/1');
    expect(found).toBe(active.root.querySelector('[contenteditable]'));
  });
});
