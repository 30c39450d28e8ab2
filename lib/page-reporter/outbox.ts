import type { ConversationPatch, PageState } from '@/lib/messaging/protocol';
import type { Lifetime } from './lifetime';

type Ready = Extract<PageState, { status: 'ready' }>;

/** Messages sent in one task at most: a long conversation goes in parts, so no send makes a long task. */
export const SEND_CHUNK = 100;

/** How the outbox reaches the background. */
export interface Transport {
  state(state: PageState): Promise<unknown>;
  /** Resolves to false when the background does not hold the conversation the patch is about. */
  patch(patch: ConversationPatch): Promise<boolean>;
}

type Outgoing = { kind: 'state'; state: PageState } | { kind: 'patch'; patch: ConversationPatch };

/**
 * A conversation in sends of at most SEND_CHUNK messages, in order: from `from` on as patches, or
 * (`from` null) whole, as a state with its first messages and patches with the rest.
 */
function split(state: Ready, from: number | null): Outgoing[] {
  const { messages, ...head } = state.conversation;
  const out: Outgoing[] = [];
  let at = from ?? Math.min(SEND_CHUNK, messages.length);
  if (from === null) {
    out.push({ kind: 'state', state: { status: 'ready', conversation: { ...head, messages: messages.slice(0, at) } } });
    if (at === messages.length) return out;
  }
  // At least one patch, even with no message: a header change is a patch from the end.
  do {
    out.push({ kind: 'patch', patch: { ...head, from: at, tail: messages.slice(at, at + SEND_CHUNK) } });
    at += SEND_CHUNK;
  } while (at < messages.length);
  return out;
}

/**
 * What the content script sends, in order, one message per task: chromium copies a message in the
 * sender's task (a 1,000-message conversation costs tens of milliseconds), so a long conversation is
 * sent as its first messages and then patches. A new whole state drops whatever was still queued.
 */
export function createOutbox(lifetime: Lifetime, transport: Transport) {
  let queue: Outgoing[] = [];
  let pumping = false;
  /** The last whole state, to send again when the background lost the conversation. */
  let latest: PageState | null = null;

  function pump(): void {
    const next = queue.shift();
    if (!next || lifetime.ended()) {
      pumping = false;
      return;
    }
    pumping = true;
    if (next.kind === 'state') transport.state(next.state).catch(() => undefined);
    else {
      transport
        .patch(next.patch)
        // The background lost the conversation (its service worker restarted): send all of it again.
        .then((applied) => applied || (latest && state(latest)))
        .catch(() => undefined);
    }
    if (queue.length > 0) setTimeout(pump, 0);
    else pumping = false;
  }

  function enqueue(items: Outgoing[]): void {
    queue.push(...items);
    if (!pumping) pump();
  }

  function state(next: PageState): void {
    latest = next;
    queue = [];
    enqueue(next.status === 'ready' ? split(next, null) : [{ kind: 'state', state: next }]);
  }

  return {
    state,
    /** What changed in the conversation the background holds: its messages from `from` on. */
    patch(next: Ready, from: number): void {
      latest = next;
      enqueue(split(next, from));
    },
  };
}
