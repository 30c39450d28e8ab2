import { browser, type Browser } from 'wxt/browser';
import type { Check, Checks } from './checks';
import { envelope, isEnvelope, openReply, type Reply } from './envelope';
import type { MessageType, RequestOf, ResponseOf } from './protocol';
import { senderProblem } from './senders';
import { errorText } from '../error-text';

export type Sender = Browser.runtime.MessageSender;
export type Handler<T extends MessageType> = (
  data: RequestOf<T>,
  sender: Sender,
) => ResponseOf<T> | Promise<ResponseOf<T>>;

/** The message types a context can answer (it has their request check) or send (it has their response check). */
type With<C extends Checks, K extends 'request' | 'response'> = {
  [T in keyof C]: C[T] extends { [P in K]: Check<unknown> } ? T : never;
}[keyof C] &
  MessageType;

/**
 * Typed send and receive over `runtime` messaging for one context, parsing every payload it receives
 * with `checks`. A context can only send what it can check the answer of, and only answer what it
 * can check the request of: the compiler enforces both.
 */
export function createMessenger<C extends Checks>(checks: C) {
  const check = <T extends MessageType>(type: T, side: 'request' | 'response') =>
    (checks[type] as { request?: Check<RequestOf<T>>; response?: Check<ResponseOf<T>> })[side] as Check<never>;

  return {
    /** To the background and every open extension page (side panels, options). */
    async sendMessage<T extends With<C, 'response'>>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
      return openReply(type, await browser.runtime.sendMessage(envelope(type, data)), check(type, 'response'));
    },

    /** To the content script of one tab. */
    async sendToTab<T extends With<C, 'response'>>(tabId: number, type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
      return openReply(type, await browser.tabs.sendMessage(tabId, envelope(type, data)), check(type, 'response'));
    },

    /**
     * Answers one message type, from the senders the protocol allows (`senders.ts`). Uses
     * `sendResponse` + `return true`, the form both Chrome and Firefox honour for asynchronous answers.
     * Returns the function that removes the listener.
     */
    onMessage<T extends With<C, 'request'>>(type: T, handler: Handler<T>): () => void {
      const listener = (raw: unknown, sender: Sender, sendResponse: (reply: Reply) => void): true | undefined => {
        if (!isEnvelope(raw) || raw.type !== type) return undefined;
        const refused = senderProblem(type, sender);
        if (refused) {
          sendResponse({ ok: false, error: `Refused "${type}": ${refused}` });
          return undefined;
        }
        const checked = check(type, 'request')(raw.data) as ReturnType<Check<RequestOf<T>>>;
        if (!checked.ok) {
          sendResponse({ ok: false, error: `Invalid "${type}" message: ${checked.error}` });
          return undefined;
        }
        Promise.resolve()
          .then(() => handler(checked.value, sender))
          .then(
            (data) => sendResponse({ ok: true, data }),
            (error: unknown) => sendResponse({ ok: false, error: errorText(error) }),
          );
        return true;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}
