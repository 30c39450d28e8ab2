import { ClassicEditor, Essentials, Paragraph, Undo } from 'ckeditor5';
import { schema } from 'prosemirror-schema-basic';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { insertIntoComposer, installComposerBridge } from '@/lib/helpdesk';
import { h } from './pages';

/**
 * The real editors, mounted in happy-dom: the inserted text must be in the editor's own model (not
 * just the DOM), keep its line breaks and survive further typing. Chromium e2e tests (the lead's)
 * cover the page-world wiring; CKEditor's own paste pipeline does not run under happy-dom.
 */

afterEach(() => document.body.replaceChildren());

async function zendeskWithCKEditor() {
  const source = h(document, 'div') as HTMLElement;
  const submit = h(document, 'button', { 'data-test-id': 'submit_button-button' }, 'Submit');
  const sent = vi.fn();
  submit.addEventListener('click', sent);
  document.body.append(
    h(document, 'div', { 'data-test-id': 'ticket-1-standard-layout', 'data-is-active': 'true' }, source, submit),
  );
  const editor = await ClassicEditor.create(source, { plugins: [Essentials, Paragraph, Undo], licenseKey: 'GPL' });
  // Through the view, as an integration would: CKEditor re-renders its editable and drops DOM-only attributes.
  editor.editing.view.change((writer) =>
    writer.setAttribute('data-test-id', 'omnicomposer-rich-text-ckeditor', editor.editing.view.document.getRoot()!),
  );
  const uninstall = installComposerBridge(window);
  return { editor, sent, done: async () => (uninstall(), await editor.destroy()) };
}

const ZURL = 'https://acme.zendesk.com/agent/tickets/1';

describe('CKEditor 5 (Zendesk) through the main-world bridge', () => {
  test('lands in the model at the caret, with paragraphs and soft breaks, in one undo step', async () => {
    const { editor, sent, done } = await zendeskWithCKEditor();
    editor.setData('<p>Hi Maria,</p><p>Best, Tom</p>');
    const first = editor.model.document.getRoot()!.getChild(0)!;
    editor.model.change((w) => w.setSelection(first, 'end'));
    const r = await insertIntoComposer(document, ' I understand.\n\nHere are two options:\nA refund today.', {
      url: ZURL,
    });
    expect(r).toEqual({ ok: true, route: 'bridge' });
    expect(editor.getData()).toBe(
      '<p>Hi Maria, I understand.</p><p>Here are two options:<br>A refund today.</p><p>Best, Tom</p>',
    );
    editor.execute('insertText', { text: '!' }); // what the next keystroke runs
    expect(editor.getData()).toContain('A refund today.!</p>');
    editor.execute('undo');
    editor.execute('undo');
    expect(editor.getData()).toBe('<p>Hi Maria,</p><p>Best, Tom</p>');
    expect(sent).not.toHaveBeenCalled();
    await done();
  });

  test('replaces the selected text', async () => {
    const { editor, done } = await zendeskWithCKEditor();
    editor.setData('<p>Dear CUSTOMER, hello</p>');
    const p = editor.model.document.getRoot()!.getChild(0)!;
    editor.model.change((w) => w.setSelection(w.createRange(w.createPositionAt(p, 5), w.createPositionAt(p, 13))));
    expect(await insertIntoComposer(document, 'Maria', { url: ZURL })).toEqual({ ok: true, route: 'bridge' });
    expect(editor.getData()).toBe('<p>Dear Maria, hello</p>');
    await done();
  });

  test('separates consecutive phrases: a space after words, a line of its own for several lines', async () => {
    const { editor, done } = await zendeskWithCKEditor();
    editor.setData('<p>Hi Dana,</p>');
    editor.model.change((w) => w.setSelection(editor.model.document.getRoot()!.getChild(0)!, 'end'));
    await insertIntoComposer(document, 'I understand.', { url: ZURL });
    await insertIntoComposer(document, 'Two options:\nA refund today.', { url: ZURL });
    expect(editor.getData()).toBe('<p>Hi Dana, I understand.<br>Two options:<br>A refund today.</p>');
    // At the start of a paragraph there is nothing to separate from.
    editor.execute('enter');
    await insertIntoComposer(document, 'Best, Tom', { url: ZURL });
    expect(editor.getData()).toBe('<p>Hi Dana, I understand.<br>Two options:<br>A refund today.</p><p>Best, Tom</p>');
    await done();
  });
});

describe('ProseMirror (Intercom) through the paste route', () => {
  test('lands in the model at the caret, line by line, and survives further typing', async () => {
    const host = h(document, 'div', { 'data-conversation-reply-composer': '' });
    document.body.append(host);
    const view = new EditorView(host, {
      state: EditorState.create({
        doc: schema.node('doc', null, [schema.node('paragraph', null, [schema.text('Hi Lena,')])]),
      }),
    });
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 9)));
    const r = await insertIntoComposer(document, ' sorry.\nI refunded ch_2.', {
      url: 'https://app.intercom.com/a/inbox/x1/inbox/conversation/7',
      bridgeTimeoutMs: 5,
    });
    expect(r).toEqual({ ok: true, route: 'paste' });
    view.dispatch(view.state.tr.insertText('!'));
    expect(view.state.doc.toJSON()).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Hi Lena, sorry.' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'I refunded ch_2.!' }] },
      ],
    });
    view.destroy();
  });

  test('separates a second phrase from the first with a space', async () => {
    const host = h(document, 'div', { 'data-conversation-reply-composer': '' });
    document.body.append(host);
    const view = new EditorView(host, { state: EditorState.create({ schema }) });
    const options = { url: 'https://app.intercom.com/a/inbox/x1/inbox/conversation/7', bridgeTimeoutMs: 5 };
    await insertIntoComposer(document, 'I understand.', options);
    await insertIntoComposer(document, 'Let me check.', options);
    expect(view.state.doc.textContent).toBe('I understand. Let me check.');
    view.destroy();
  });
});
