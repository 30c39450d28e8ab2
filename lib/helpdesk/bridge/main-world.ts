import type { Editor } from 'ckeditor5';
import { isInsertRequest, parseDetail, REQUEST_EVENT, RESPONSE_EVENT, type InsertResponse } from './contract';
import { separatorAfter } from '../separator';

/**
 * The main-world half of composer insertion, run by an entrypoint with `world: 'MAIN'` (the
 * isolated world cannot see `ckeditorInstance`, a JS property the page sets). It does one thing:
 * on a valid request dispatched on a CKEditor 5 editable, insert the text at the editor's caret
 * through the editor's own model, then answer. It never sends, never reads the page, and ignores
 * anything that does not parse. Returns a function that uninstalls it.
 */
export function installComposerBridge(win: Window): () => void {
  const doc = win.document;
  const respond = (nonce: string, ok: boolean, reason?: string): void => {
    const answer: InsertResponse = reason === undefined ? { v: 1, nonce, ok } : { v: 1, nonce, ok, reason };
    const PageEvent = (win as Window & typeof globalThis).CustomEvent;
    doc.dispatchEvent(new PageEvent(RESPONSE_EVENT, { detail: JSON.stringify(answer) }));
  };
  const onRequest = (event: Event): void => {
    const request = parseDetail(isInsertRequest, (event as CustomEvent<unknown>).detail);
    if (!request) return;
    // One bridge handles a request, even if an older copy survived an extension update; page
    // listeners on the composer do not see it.
    event.stopImmediatePropagation();
    try {
      const editor = findEditor(event.target);
      if (!editor) return respond(request.nonce, false, 'no-editor-api');
      const refused = insertText(editor, request.text);
      respond(request.nonce, refused === null, refused ?? undefined);
    } catch {
      respond(request.nonce, false, 'editor-error');
    }
  };
  doc.addEventListener(REQUEST_EVENT, onRequest, true);
  return () => doc.removeEventListener(REQUEST_EVENT, onRequest, true);
}

type WithInstance = Element & { ckeditorInstance?: unknown };

/** CKEditor 5 sets `ckeditorInstance` on its editable (and on the source element). */
function findEditor(target: EventTarget | null): Editor | null {
  const el = target as WithInstance | null;
  if (!el || el.nodeType !== 1 || !el.isConnected) return null;
  for (const c of [el, el.closest('.ck-editor__editable'), el.closest('.ck-editor')] as (WithInstance | null)[]) {
    const editor = c?.ckeditorInstance as Editor | undefined;
    if (
      editor &&
      typeof editor.execute === 'function' &&
      typeof editor.model?.change === 'function' &&
      typeof editor.commands?.get === 'function' &&
      typeof editor.editing?.view?.focus === 'function'
    ) {
      return editor;
    }
  }
  return null;
}

/**
 * Inserts at the model selection in one change block (one undo step): each line through
 * `model.insertContent` (with the caret's attributes), a blank line as a new paragraph (`enter`), a
 * single line break as a soft break (`shiftEnter`), each falling back to the other when disabled.
 * Not `execute('insertText')`: inside a change block it is queued (enqueueChange) behind the breaks.
 * Commands act on the model, not on key events, so a helpdesk's Enter-to-send keystroke handler
 * never fires. Returns a refusal code or null.
 */
function insertText(editor: Editor, text: string): string | null {
  const { model } = editor;
  // The typing command is enabled exactly when the caret is somewhere the agent could type.
  if (editor.isReadOnly || !editor.commands.get('insertText')?.isEnabled) return 'editor-read-only';
  const enter = editor.commands.get('enter')?.isEnabled ? 'enter' : null;
  const soft = editor.commands.get('shiftEnter')?.isEnabled ? 'shiftEnter' : null;
  const paragraphBreak = enter ?? soft;
  const lineBreak = soft ?? enter;
  if (text.includes('\n') && (!paragraphBreak || !lineBreak)) return 'no-line-break';
  editor.editing.view.focus();
  model.change((writer) => {
    const spaced = separatorAfter(textBeforeSelection(editor), text) + text;
    spaced.split(/\n{2,}/).forEach((paragraph, p) => {
      if (p > 0) editor.execute(paragraphBreak!);
      paragraph.split('\n').forEach((line, l) => {
        if (l > 0) editor.execute(lineBreak!);
        if (line !== '') model.insertContent(writer.createText(line, model.document.selection.getAttributes()));
      });
    });
  });
  return null;
}

/** The text of the model selection's paragraph before it (a soft break as a line break), for the separator. */
function textBeforeSelection(editor: Editor): string {
  const { model } = editor;
  const start = model.document.selection.getFirstPosition();
  if (!start) return '';
  let before = '';
  for (const item of model.createRange(model.createPositionAt(start.parent, 0), start).getItems()) {
    if (item.is('$textProxy')) before += item.data;
    else if (item.is('element', 'softBreak')) before += '\n';
  }
  return before;
}
