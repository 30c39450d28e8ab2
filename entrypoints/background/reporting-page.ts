import type { HelpdeskId } from '@/lib/conversation';
import { detectHelpdesk } from '@/lib/helpdesk';
import type { PageState, Sender } from '@/lib/messaging';

/** The helpdesk a page state speaks for (none for a page that is not one). */
export function stateHelpdesk(state: Exclude<PageState, { status: 'not-helpdesk' }>): HelpdeskId {
  return state.status === 'ready' ? state.conversation.helpdesk : state.helpdesk;
}

/**
 * The tab and address of a content script's report, refused when the page it comes from is not the
 * helpdesk it speaks for: a report about Zendesk comes from a Zendesk page, or it is not believed.
 */
export function reportingPage(sender: Sender, helpdesk: HelpdeskId | null): { tabId: number; url: string | null } {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('A page report must come from a tab');
  const url = sender.url ?? sender.tab?.url ?? null;
  if (helpdesk !== null && (url === null || detectHelpdesk(url) !== helpdesk)) {
    throw new Error(`A ${helpdesk} report must come from a ${helpdesk} page`);
  }
  return { tabId, url };
}
