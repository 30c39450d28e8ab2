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

type Sides<T extends MessageType> = { request?: Check<RequestOf<T>>; response?: Check<ResponseOf<T>> };
const checkOf = <T extends MessageType>(checks: Checks, type: T, side: 'request' | 'response') =>
  (checks[type] as Sides<T>)[side] as Check<never>;

/** Sends to the background and every open extension page (side panels, options), checking the answer. */
export function sender<C extends Checks>(checks: C) {
  return async <T extends With<C, 'response'>>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> =>
    openReply(type, await browser.runtime.sendMessage(envelope(type, data)), checkOf(checks, type, 'response'));
}

/** Sends to the content script of one tab, checking the answer. */
export function tabSender<C extends Checks>(checks: C) {
  return async <T extends With<C, 'response'>>(tabId: number, type: T, data: RequestOf<T>): Promise<ResponseOf<T>> =>
    openReply(type, await browser.tabs.sendMessage(tabId, envelope(type, data)), checkOf(checks, type, 'response'));
}

/**
 * Answers one message type, from the senders the protocol allows (`senders.ts`). Uses `sendResponse` +
 * `return true`, the form both Chrome and Firefox honour for asynchronous answers. Returns the function
 * that removes the listener.
 */
export function listener<C extends Checks>(checks: C) {
  return <T extends With<C, 'request'>>(type: T, handler: Handler<T>): (() => void) => {
    const listener = (raw: unknown, sender: Sender, sendResponse: (reply: Reply) => void): true | undefined => {
      if (!isEnvelope(raw) || raw.type !== type) return undefined;
      const refused = senderProblem(type, sender);
      if (refused) {
        sendResponse({ ok: false, error: `Refused "${type}": ${refused}` });
        return undefined;
      }
      const checked = checkOf(checks, type, 'request')(raw.data) as ReturnType<Check<RequestOf<T>>>;
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
  };
}

/**
 * Typed send and receive over `runtime` messaging for one context, parsing every payload it receives
 * with `checks`. A context can only send what it can check the answer of, and only answer what it
 * can check the request of: the compiler enforces both. (The content script takes `sender` and
 * `listener` alone, so the code it never runs stays out of its bundle.)
 */
export function createMessenger<C extends Checks>(checks: C) {
  return { sendMessage: sender(checks), sendToTab: tabSender(checks), onMessage: listener(checks) };
}
