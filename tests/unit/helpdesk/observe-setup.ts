/**
 * A live Zendesk page (the active ticket with `n` messages, and an inactive one) followed by
 * `observeConversation`, for the observer tests.
 */
import { type Conversation } from '@/lib/conversation';
import { type ConversationUpdate, observeConversation, type ObserveOptions } from '@/lib/helpdesk';
import { h, zendeskTicket } from './pages';

export const ZURL = 'https://acme.zendesk.com/agent/tickets/1';
export const IURL = 'https://app.intercom.com/a/inbox/x1/inbox/conversation/7';

export function setup(opts: Partial<ObserveOptions> & { n?: number; onUpdate?: (u: ConversationUpdate) => void } = {}) {
  const doc = document.implementation.createHTMLDocument('t');
  const main = h(doc, 'main');
  const one = zendeskTicket(doc, '1', opts.n ?? 3);
  const two = zendeskTicket(doc, '2', 2, false);
  main.append(one.root, two.root);
  doc.body.append(main);
  let url = ZURL;
  const updates: ConversationUpdate[] = [];
  const observer = observeConversation(doc, { url: () => url, debounceMs: 50, heartbeatMs: 1000, ...opts }, (u) => {
    updates.push(u);
    opts.onUpdate?.(u);
  });
  return { doc, one, two, updates, observer, setUrl: (u: string) => (url = u) };
}

export const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);

export function conv(u: ConversationUpdate | undefined): Conversation {
  if (u?.type !== 'read' || !u.result.ok) throw new Error(`no conversation: ${JSON.stringify(u)}`);
  return u.result.conversation;
}
