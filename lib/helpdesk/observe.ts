import { appendsAtEnd, LogChanges } from './changes';
import { inspect, readContext } from './read';
import { sameHead } from './compare';
import { type Session } from './session';
import { type AdapterSet, type ReadOptions, type ReadResult } from './types';
import { errorText } from '../error-text';

/**
 * Message nodes read in one task at most, on a first read and on appends; more wait for the next task,
 * so that a conversation paging in, or a long one opened, never makes a long task of ours.
 */
const APPEND_CHUNK = 25;

export interface ObserveOptions extends ReadOptions {
  /** The page URL, read at every update (default: the document's URL). */
  url?: () => string;
  /** Quiet time after the last change before the log is re-read (default 75 ms). */
  debounceMs?: number;
  /** Longest a read is put off while changes keep coming (default 500 ms). */
  maxWaitMs?: number;
  /**
   * Period of the cheap "still the same conversation?" check (URL, nodes still mounted, ticket
   * still active), and of re-reads while no conversation is readable (default 1,000 ms).
   */
  heartbeatMs?: number;
  /** Checked at every heartbeat: once false (the extension is gone), the observer stops for good. */
  alive?: () => boolean;
}

/** The pause after the first failed read, doubled with each failure in a row, up to the longest. */
const RETRY_MS = 1000;
const RETRY_MAX_MS = 30_000;

/**
 * - `read`, `result.ok`: the conversation. `reset` means a different conversation (or a restart):
 *   replace everything. Otherwise messages before `from` are unchanged (same objects as the last
 *   update): keep the first `from` messages and take `conversation.messages.slice(from)`; this
 *   covers appends, edits and removals. `from === messages.length` means only the header changed.
 * - `read`, `!result.ok`: no conversation readable (see `ReadResult`); sent once per change of state.
 * - `error`: something failed while reading; the observer keeps going and re-reads from scratch, after a
 *   pause that doubles with each failure in a row (1 s to 30 s), so a failing page costs little.
 */
export type ConversationUpdate =
  | { type: 'read'; result: ReadResult; reset: boolean; from: number }
  | { type: 'error'; message: string; /** The error's kind (`TypeError`…): no page text. */ name: string };

export interface ConversationObserver {
  /** Stops observing, for good. */
  stop(): void;
  /** Forgets the conversation and reads again after the debounce (call on `wxt:locationchange`). */
  reset(): void;
  /** Message nodes parsed and full reads done so far: the incremental cost, for tests and bench. */
  stats(): { parses: number; reads: number };
}

/**
 * Follows the conversation shown on `doc`, with the given adapters (see `observeConversation` for both
 * helpdesks). Reads at once: the first `onUpdate` happens before this returns, except for a
 * conversation longer than a chunk, which is read a chunk per task and then reported whole. Then it
 * observes only the message log, wherever it is (in the document or
 * inside a shadow root), plus the few nodes that reveal another conversation or a re-rendered host;
 * debounces bursts, and re-reads incrementally: each message node's parse is cached, so an appended
 * message costs one parse whatever the length of the ticket. Never throws: errors are reported
 * through `onUpdate`; "Extension context invalidated" (from `onUpdate`) stops the observer.
 */
export function followConversation(
  doc: Document,
  adapters: AdapterSet,
  options: ObserveOptions | (() => string),
  onUpdate: (update: ConversationUpdate) => void,
): ConversationObserver {
  const opts = typeof options === 'function' ? { url: options } : options;
  const getUrl = opts.url ?? (() => doc.URL);
  const debounceMs = opts.debounceMs ?? 75;
  const maxWaitMs = opts.maxWaitMs ?? 500;
  const heartbeatMs = opts.heartbeatMs ?? 1000;
  const context = readContext(adapters, opts);

  let stopped = false;
  let session: Session | null = null;
  let lastUrl = '';
  let relocate = true;
  let unavailableKey: string | null = null;
  let lastError: string | null = null;
  /** Failed reads in a row, and when the next read may happen. */
  let failures = 0;
  let retryAt = 0;
  const changes = new LogChanges();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstChangeAt = 0;
  /** When the pending read (if any) was set to run. */
  let dueAt = 0;
  let heartbeat: ReturnType<typeof setTimeout> | null = null;
  const counts = { parses: 0, reads: 0 };
  const observer = new MutationObserver((records) =>
    guard(() => {
      if (session) changes.collect(session, records);
      schedule();
    }),
  );

  function emit(update: ConversationUpdate): void {
    try {
      onUpdate(update);
    } catch (e) {
      if (isContextInvalidated(e)) stop();
      else if (update.type !== 'error') emit(errorUpdate(e));
    }
  }

  function guard(fn: () => void): void {
    if (stopped) return;
    try {
      fn();
    } catch (e) {
      // Start over on the next read, after a pause: the cached state may be inconsistent, and a page
      // that keeps failing must not keep us busy.
      drop();
      observer.disconnect();
      failures++;
      retryAt = Date.now() + Math.min(RETRY_MS * 2 ** (failures - 1), RETRY_MAX_MS);
      const update = errorUpdate(e);
      // A page that keeps failing the same way is reported once, not on every change.
      if (!stopped && update.message !== lastError) emit(update);
      lastError = update.message;
    }
  }

  function drop(): void {
    if (session) counts.parses += session.parses;
    session = null;
    relocate = true;
    changes.clear();
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function schedule(): void {
    const now = Date.now();
    if (timer === null) firstChangeAt = now;
    const due = Math.min(now + debounceMs, firstChangeAt + maxWaitMs);
    if (timer !== null) {
      // A read already put off as long as it may be keeps its place: posted again, it would land behind
      // the page's next timer, and a page changing on every turn of a timer loop would hold it off for good.
      if (due === dueAt) return;
      clearTimeout(timer);
    }
    dueAt = due;
    timer = setTimeout(() => guard(flush), Math.max(0, due - now));
  }

  function flush(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const wait = retryAt - Date.now();
    if (wait > 0) {
      timer = setTimeout(() => guard(flush), wait);
      return;
    }
    const url = getUrl();
    const s = session;
    if (!s || relocate || changes.relocate || url !== lastUrl || !s.adapter.stillShown(s.located)) fullRead(url);
    else incremental(s);
  }

  function fullRead(url: string): void {
    counts.reads++;
    const prior = session ? { session, dirty: changes.dirty } : undefined;
    const r = inspect(doc, url, context, prior, APPEND_CHUNK);
    lastUrl = url;
    relocate = false;
    changes.clear();
    if (r.warming) {
      // A long conversation: the next chunk in the next task, then the whole conversation at once.
      session = r.session;
      relocate = true;
      observer.disconnect();
      timer = setTimeout(() => guard(flush), 0);
      return;
    }
    if (r.session !== session && session) counts.parses += session.parses;
    session = r.session;
    observer.disconnect();
    if (!r.result.ok || !session) {
      const key = JSON.stringify(r.result);
      if (key !== unavailableKey) emit({ type: 'read', result: r.result, reset: true, from: 0 });
      unavailableKey = key;
      return;
    }
    unavailableKey = null;
    lastError = null;
    failures = 0;
    const { log, watch } = session.located;
    observer.observe(log, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: [...session.adapter.watchedAttributes],
    });
    for (const w of watch) observer.observe(w.target, w.options);
    if (r.reset || r.from !== Infinity) emit({ type: 'read', result: r.result, reset: r.reset, from: r.from });
  }

  function incremental(s: Session): void {
    let fresh = changes.structural ? null : appendsAtEnd(s, changes.added);
    // A conversation paging in adds hundreds of messages at once: read them a chunk per task (the rest
    // right after), so that no task of the page's thread grows long with our work.
    const later = fresh !== null && fresh.length > APPEND_CHUNK ? fresh.slice(APPEND_CHUNK) : [];
    if (later.length > 0) fresh = fresh!.slice(0, APPEND_CHUNK);
    let from = Infinity;
    let lastDirty = -1;
    let listing = fresh === null;
    if (!listing) {
      for (const el of changes.dirty) {
        const i = s.update(el);
        if (Number.isNaN(i)) listing = true;
        else if (i !== Infinity) {
          from = Math.min(from, i);
          lastDirty = Math.max(lastDirty, i);
        }
      }
    }
    if (listing) {
      from = s.enumerate(changes.dirty);
      lastDirty = Infinity;
    } else if (fresh !== null && fresh.length > 0) {
      from = Math.min(from, s.append(fresh));
      lastDirty = Infinity;
    }
    changes.clear();
    if (later.length > 0) {
      changes.added.push(...later);
      timer = setTimeout(() => guard(flush), 0);
    }
    const head = s.readHead();
    const headChanged = s.head === null || !sameHead(s.head, head);
    if (from === Infinity && !headChanged) return;
    const changed = headChanged ? s.resolve(0, head) : s.resolve(from, head, lastDirty);
    if (changed === Infinity && !headChanged) return;
    const result: ReadResult = { ok: true, conversation: s.conversation() };
    emit({ type: 'read', result, reset: false, from: Math.min(changed, s.messages.length) });
  }

  function beat(): void {
    if (opts.alive && !opts.alive()) return stop();
    guard(() => {
      const s = session;
      if (timer === null && (!s || getUrl() !== lastUrl || !s.adapter.stillShown(s.located))) {
        relocate = true;
        flush();
      }
    });
    if (!stopped) heartbeat = setTimeout(beat, heartbeatMs);
  }

  function stop(): void {
    stopped = true;
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
    if (heartbeat !== null) clearTimeout(heartbeat);
    timer = heartbeat = null;
  }

  guard(flush);
  if (!stopped) heartbeat = setTimeout(beat, heartbeatMs);

  return {
    stop,
    reset: () =>
      guard(() => {
        drop();
        unavailableKey = null;
        schedule();
      }),
    stats: () => ({ parses: counts.parses + (session?.parses ?? 0), reads: counts.reads }),
  };
}

function errorUpdate(e: unknown): Extract<ConversationUpdate, { type: 'error' }> {
  const name = e instanceof Error && /^[A-Za-z]{1,40}$/.test(e.name) ? e.name : 'Error';
  return { type: 'error', message: errorText(e), name };
}

function isContextInvalidated(e: unknown): boolean {
  return /extension context invalidated/i.test(errorText(e));
}
