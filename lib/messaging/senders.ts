// Zod-free on purpose: the content script checks senders too (see checks.ts).
import { browser, type Browser } from 'wxt/browser';
import type { MessageType } from './protocol';

/**
 * Who may send each message: `tab`, a content script in a tab's top frame; `extension`, one of the
 * extension's own pages or its service worker. Anything else is refused before the payload is read.
 */
export const SENDERS: Record<MessageType, 'tab' | 'extension'> = {
  'page:state': 'tab',
  'page:patch': 'tab',
  'page:read': 'extension',
  'composer:insert': 'extension',
  'composer:draft': 'tab',
  'tab:get': 'extension',
  'tab:recheck': 'extension',
  'tab:changed': 'extension',
  'tab:draft': 'extension',
  'followup:schedule': 'extension',
};

/** Why `sender` may not send a `type` message, or null when it may. */
export function senderProblem(type: MessageType, sender: Browser.runtime.MessageSender): string | null {
  if (sender.id !== browser.runtime.id) return 'it does not come from Steadyhand';
  if (SENDERS[type] === 'extension') {
    // A content script's url is its page's; only the extension's own pages have the extension's origin.
    return sender.url?.startsWith(browser.runtime.getURL('/')) ? null : 'only Steadyhand’s own pages send it';
  }
  return sender.tab?.id !== undefined && sender.frameId === 0 ? null : 'it must come from a tab’s top frame';
}
