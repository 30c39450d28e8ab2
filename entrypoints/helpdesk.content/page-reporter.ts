import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { insertIntoComposer } from '@/lib/helpdesk/composer';
import { observeConversation, type ConversationUpdate } from '@/lib/helpdesk/observe';
import { readConversation } from '@/lib/helpdesk/read';
import type { PageState } from '@/lib/messaging/protocol';
import { onMessage, sendMessage } from '@/lib/messaging/content';
import { pageState } from './page-state';

/**
 * Quiet time before the log is read again: long enough to take a message the helpdesk renders over a
 * couple of frames as one change, short enough that the panel follows within ~50 ms.
 */
const READ_DEBOUNCE_MS = 30;

/** A page still rendering after navigation looks unreadable for a moment: say so only if it lasts. */
export const UNREADABLE_GRACE_MS = 2_000;

/**
 * Reports the page's conversation to the background as it changes: the whole state when the
 * conversation (or the page's status) changes, and only the changed tail of the messages otherwise.
 * Never throws into the page: every failure is caught, and an invalidated context stops everything.
 */
export function startPageReporter(ctx: ContentScriptContext): void {
  const version = browser.runtime.getManifest().version;
  let state: PageState | null = null;
  let held: number | null = null;

  const current = (): PageState =>
    pageState(readConversation(document, location.href), document, location.href, version);

  function sendState(next: PageState): void {
    state = next;
    if (ctx.isInvalid) return;
    sendMessage('page:state', next).catch(() => undefined);
  }

  function sendPatch(next: Extract<PageState, { status: 'ready' }>, from: number): void {
    state = next;
    if (ctx.isInvalid) return;
    const { messages, ...head } = next.conversation;
    sendMessage('page:patch', { ...head, from, tail: messages.slice(from) })
      // The background lost the conversation (its service worker restarted): send all of it.
      .then(({ applied }) => applied || sendState(next))
      .catch(() => undefined);
  }

  function onUpdate(update: ConversationUpdate): void {
    if (update.type === 'error') return; // The observer recovers by reading again from scratch.
    const next = pageState(update.result, document, location.href, version);
    if (held !== null) clearTimeout(held);
    held = null;
    if (next.status === 'unreadable' && state?.status !== 'unreadable') {
      held = ctx.setTimeout(() => {
        held = null;
        sendState(next);
      }, UNREADABLE_GRACE_MS);
      return;
    }
    const sameConversation =
      next.status === 'ready' &&
      state?.status === 'ready' &&
      state.conversation.id === next.conversation.id &&
      state.conversation.helpdesk === next.conversation.helpdesk;
    if (sameConversation && !update.reset) sendPatch(next, update.from);
    else sendState(next);
  }

  const observer = observeConversation(document, { url: () => location.href, debounceMs: READ_DEBOUNCE_MS }, onUpdate);
  ctx.addEventListener(window, 'wxt:locationchange', () => observer.reset());

  const stopListening = [
    onMessage('page:read', () => state ?? current()),
    onMessage('composer:insert', ({ text }) => insertIntoComposer(document, text)),
  ];
  ctx.onInvalidated(() => {
    observer.stop();
    for (const stop of stopListening) stop();
  });
}
