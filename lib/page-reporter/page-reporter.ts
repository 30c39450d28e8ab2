import { browser } from 'wxt/browser';
import { MAX_TEXT } from '@/lib/helpdesk/bridge/contract';
import { BOT_NAMES_KEY, DEFAULT_BOT_NAMES, parseBotNames } from '@/lib/helpdesk/bot-names';
import { insertText } from '@/lib/helpdesk/composer';
import { composerModeWith } from '@/lib/helpdesk/composer-mode';
import { followConversation, type ConversationObserver, type ConversationUpdate } from '@/lib/helpdesk/observe';
import { inspect, readContext } from '@/lib/helpdesk/read';
import type { AdapterSet } from '@/lib/helpdesk/types';
import type { PageState } from '@/lib/messaging/protocol';
import { onMessage, sendMessage } from '@/lib/messaging/content';
import type { Lifetime } from './lifetime';
import { watchDraft } from './draft-watcher';
import { createOutbox } from './outbox';
import { failedState, pageState } from './page-state';

/**
 * Quiet time before the log is read again: long enough to take a message the helpdesk renders over a
 * couple of frames as one change, short enough that the panel follows within ~50 ms.
 */
const READ_DEBOUNCE_MS = 30;

/** A page still rendering after navigation looks unreadable for a moment: say so only if it lasts. */
export const UNREADABLE_GRACE_MS = 2_000;

/**
 * What a content script does on a helpdesk page, with its helpdesk's adapter: reports the page's
 * conversation to the background as it changes: the whole state when the
 * conversation (or the page's status) changes, and only the changed tail of the messages otherwise.
 * Never throws into the page: every failure is caught, and once the extension is gone (`lifetime`)
 * everything stops. A page cannot stop it (see lifetime.ts).
 */
export function startPageReporter(lifetime: Lifetime, adapters: AdapterSet): void {
  const version = browser.runtime.getManifest().version;
  let state: PageState | null = null;
  let held: ReturnType<typeof setTimeout> | null = null;
  // Zendesk bots are recognised by name, from the list the agent keeps on the options page.
  let botNames: readonly string[] = DEFAULT_BOT_NAMES;

  const current = (): PageState =>
    pageState(
      inspect(document, location.href, readContext(adapters, { botNames })).result,
      adapters,
      version,
      botNames,
    );

  const outbox = createOutbox(lifetime, {
    state: (next) => sendMessage('page:state', next),
    patch: async (patch) => (await sendMessage('page:patch', patch)).applied,
  });

  // The draft check's text goes to the background as the agent types and is kept nowhere.
  const draft = watchDraft(
    document,
    () => {
      const composer = Object.values(adapters)[0]?.composer(document, location.href) as HTMLElement | null;
      return (composer?.innerText ?? '').trim().slice(0, MAX_TEXT);
    },
    (text) => void sendMessage('composer:draft', { text }).catch(() => undefined),
  );

  function sendState(next: PageState): void {
    state = next;
    outbox.state(next);
  }

  function onUpdate(update: ConversationUpdate): void {
    if (lifetime.ended()) return shutdown();
    // A sent reply empties the editor, another ticket brings its own: neither types in it.
    draft.soon();
    // A failed read is said (with the error's kind, never page text); the observer tries again later.
    const next =
      update.type === 'error'
        ? failedState(location.href, update.name, version)
        : pageState(update.result, adapters, version, botNames);
    if (held !== null) clearTimeout(held);
    held = null;
    if (next.status === 'unreadable' && state?.status !== 'unreadable') {
      held = setTimeout(() => {
        held = null;
        if (!lifetime.ended()) sendState(next);
      }, UNREADABLE_GRACE_MS);
      return;
    }
    const sameConversation =
      next.status === 'ready' &&
      state?.status === 'ready' &&
      state.conversation.id === next.conversation.id &&
      state.conversation.helpdesk === next.conversation.helpdesk;
    if (sameConversation && update.type === 'read' && !update.reset) {
      state = next;
      outbox.patch(next, update.from);
    } else sendState(next);
  }

  // No `wxt:locationchange` listener: a page can fire WXT's events, and the observer's heartbeat notices
  // a new address within a second anyway.
  let observer: ConversationObserver | null = null;

  /**
   * Follows the page with this list of bot names, from scratch (messages may change role). The first
   * read waits for the stored list: it then happens once, and in a task of its own, not in the one
   * that loads the script.
   */
  function follow(raw: unknown): void {
    const next = parseBotNames(raw) ?? DEFAULT_BOT_NAMES;
    const same = next.length === botNames.length && next.every((name, i) => name === botNames[i]);
    if (lifetime.ended() || (observer && same)) return;
    botNames = next;
    observer?.stop();
    const alive = () => !lifetime.ended();
    const options = { url: () => location.href, debounceMs: READ_DEBOUNCE_MS, botNames, alive };
    observer = followConversation(document, adapters, options, onUpdate);
  }
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && BOT_NAMES_KEY in changes) follow(changes[BOT_NAMES_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(onStorage);
  browser.storage.local.get(BOT_NAMES_KEY).then(
    (stored) => follow(stored[BOT_NAMES_KEY]),
    () => follow(undefined), // Unreadable storage: the defaults.
  );

  const stopListening = [
    onMessage('page:read', () => state ?? current()),
    onMessage('composer:insert', ({ text, into }) => {
      // A case note is for the team only: refused, inserting nothing, unless the editor says it writes a note.
      const mode = into && composerModeWith(document, location.href, Object.values(adapters)[0]);
      if (into && mode !== 'internal') return { ok: false, reason: mode ? 'not-internal-note' : 'mode-unknown' };
      return insertText(document, text, adapters).finally(draft.soon);
    }),
  ];

  /** The extension is gone (updated or removed): nothing of ours keeps running on the page. */
  function shutdown(): void {
    observer?.stop();
    draft.stop();
    if (held !== null) clearTimeout(held);
    browser.storage.onChanged.removeListener(onStorage);
    for (const stop of stopListening) stop();
  }
}
