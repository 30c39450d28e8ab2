import { isInsertResponse, MAX_TEXT, parseDetail, REQUEST_EVENT, RESPONSE_EVENT } from './bridge/contract';
import { isShadowRoot } from './deep';
import { separatorAfter, textBeforeCaret } from './separator';
import { type AdapterSet } from './types';
import { detectHelpdesk } from './url';
import { errorText } from '../error-text';

export type InsertResult = { ok: true; route: 'bridge' | 'paste' | 'execCommand' } | { ok: false; reason: string };

export interface InsertOptions {
  /** Page URL, to pick the helpdesk and the active ticket (default: the document's URL). */
  url?: string;
  /** How long to wait for the main-world bridge before the DOM routes (default 300 ms). */
  bridgeTimeoutMs?: number;
}

/** Bridge refusals after which DOM routes are still worth trying (nothing was inserted). */
const FALL_THROUGH = new Set(['no-bridge', 'no-editor-api']);

/**
 * Inserts `text` at the caret of the shown conversation's reply composer, only when the agent asks,
 * with the given adapters (see `insertIntoComposer` for both helpdesks).
 * Routes, in order:
 * 1. `bridge`: the main-world bridge inserts through CKEditor 5's model (Zendesk).
 * 2. `paste`: a synthetic `paste` ClipboardEvent with the text as `text/plain`; ProseMirror
 *    (Intercom) and CKEditor handle it in their own model, keeping line breaks.
 * 3. `execCommand`: `insertText` per line with `insertLineBreak` between lines.
 * Every route is verified: the text must appear in the composer (a page can fake the bridge's answer).
 * Never sends, never clicks.
 * Never throws.
 */
export async function insertText(
  doc: Document,
  text: string,
  adapters: AdapterSet,
  options: InsertOptions = {},
): Promise<InsertResult> {
  try {
    const clean = text.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
    if (squeeze(clean) === '') return { ok: false, reason: 'empty-text' };
    if (clean.length > MAX_TEXT) return { ok: false, reason: 'text-too-long' };
    const url = options.url ?? doc.URL;
    const helpdesk = detectHelpdesk(url);
    const adapter = helpdesk && adapters[helpdesk];
    if (!adapter) return { ok: false, reason: 'unsupported-page' };
    const composer = adapter.composer(doc, url);
    if (!composer || !composer.isConnected) return { ok: false, reason: 'composer-not-found' };
    const before = occurrences(composer, clean);
    const bridged = await askBridge(doc, composer, clean, options.bridgeTimeoutMs ?? 300);
    if (bridged === null) {
      // The page can read the request and answer it itself: believe the composer, not the answer.
      await nextTask();
      return occurrences(composer, clean) > before
        ? { ok: true, route: 'bridge' }
        : { ok: false, reason: 'not-inserted' };
    }
    if (!FALL_THROUGH.has(bridged)) return { ok: false, reason: bridged };
    return await domInsert(doc, composer as HTMLElement, clean, before);
  } catch (e) {
    return { ok: false, reason: `error: ${errorText(e)}` };
  }
}

/** Asks the main-world bridge; null on success, else its refusal code ('no-bridge' on time-out). */
function askBridge(doc: Document, composer: Element, text: string, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const nonce = crypto.randomUUID();
    const finish = (refusal: string | null): void => {
      doc.removeEventListener(RESPONSE_EVENT, onResponse, true);
      clearTimeout(timer);
      resolve(refusal);
    };
    const onResponse = (event: Event): void => {
      const answer = parseDetail(isInsertResponse, (event as CustomEvent<unknown>).detail);
      if (answer?.nonce === nonce) finish(answer.ok ? null : (answer.reason ?? 'bridge-refused'));
    };
    doc.addEventListener(RESPONSE_EVENT, onResponse, true);
    const timer = setTimeout(() => finish('no-bridge'), timeoutMs);
    const detail = JSON.stringify({ v: 1, nonce, text });
    composer.dispatchEvent(new CustomEvent(REQUEST_EVENT, { detail, bubbles: true, composed: true }));
  });
}

async function domInsert(doc: Document, composer: HTMLElement, clean: string, before: number): Promise<InsertResult> {
  focusAtCaret(doc, composer);
  // After the agent's own words (or an earlier phrase), a space or a line break first. Read once focused:
  // an editor puts its caret into the page only when it has focus.
  const text = separatorAfter(textBeforeCaret(composer, selectionFor(doc, composer)), clean) + clean;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  composer.dispatchEvent(paste);
  await nextTask();
  if (occurrences(composer, text) > before) return { ok: true, route: 'paste' };
  // The editor took the paste but the text is not there as such: do not risk inserting it twice.
  if (paste.defaultPrevented) return { ok: false, reason: 'paste-not-verified' };
  focusAtCaret(doc, composer);
  text.split('\n').forEach((line, i) => {
    // A soft break, never insertParagraph: some composers send on a plain Enter.
    if (i > 0 && !doc.execCommand('insertLineBreak')) doc.execCommand('insertText', false, ' ');
    if (line !== '') doc.execCommand('insertText', false, line);
  });
  await nextTask();
  if (occurrences(composer, text) > before) return { ok: true, route: 'execCommand' };
  return { ok: false, reason: 'not-inserted' };
}

/**
 * The selection as the composer's tree sees it. In a shadow root the document's selection is
 * retargeted to the host; Chromium's `ShadowRoot.getSelection()` gives the real one.
 */
function selectionFor(doc: Document, composer: Element): Selection | null {
  const root = composer.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  return (isShadowRoot(root) && root.getSelection?.()) || doc.getSelection();
}

/**
 * Keeps the agent's caret when it is in the composer; else focuses it with the caret at the end. Inside
 * a shadow root, the caret is read from the root's own selection (the document's points at the host).
 */
function focusAtCaret(doc: Document, composer: HTMLElement): void {
  const inside = (): boolean => {
    const sel = selectionFor(doc, composer);
    return !!sel && sel.rangeCount > 0 && composer.contains(sel.getRangeAt(0).commonAncestorContainer);
  };
  const wasInside = inside();
  composer.focus();
  if (wasInside || inside()) return;
  const range = doc.createRange();
  range.selectNodeContents(composer);
  range.collapse(false);
  const sel = selectionFor(doc, composer);
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** Text compared without white space: editors turn line breaks into paragraphs or `<br>`. */
function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

function occurrences(composer: Element, text: string): number {
  const hay = squeeze(composer.textContent ?? '');
  const needle = squeeze(text);
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
