import { browser, type Browser } from 'wxt/browser';
import { envelope, errorText, openEnvelope, openReply, type Reply } from './envelope';
import type { MessageType, RequestOf, ResponseOf } from './protocol';

export type Sender = Browser.runtime.MessageSender;
export type Handler<T extends MessageType> = (data: RequestOf<T>, sender: Sender) => ResponseOf<T> | Promise<ResponseOf<T>>;

/** To the background and every open extension page (side panels, options). */
export async function sendMessage<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  return openReply(type, await browser.runtime.sendMessage(envelope(type, data)));
}

/** To the content script of one tab. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, data: RequestOf<T>): Promise<ResponseOf<T>> {
  return openReply(type, await browser.tabs.sendMessage(tabId, envelope(type, data)));
}

/**
 * Answers one message type. Uses `sendResponse` + `return true`, the form both Chrome and Firefox
 * honour for asynchronous answers. Returns the function that removes the listener.
 */
export function onMessage<T extends MessageType>(type: T, handler: Handler<T>): () => void {
  const listener = (raw: unknown, sender: Sender, sendResponse: (reply: Reply) => void): true | undefined => {
    const opened = openEnvelope(type, raw);
    if (!opened) return undefined;
    if ('error' in opened) {
      sendResponse({ ok: false, error: opened.error });
      return undefined;
    }
    Promise.resolve()
      .then(() => handler(opened.data, sender))
      .then(
        (data) => sendResponse({ ok: true, data }),
        (error: unknown) => sendResponse({ ok: false, error: errorText(error) }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
