import { describePage } from '@/lib/helpdesk/diagnostic';
import type { AdapterSet, ReadResult } from '@/lib/helpdesk/types';
import type { PageState } from '@/lib/messaging/protocol';

/** What a read of the page means for the panel (see `readStatus` in lib/helpdesk). */
export function pageState(
  result: ReadResult,
  adapters: AdapterSet,
  extensionVersion: string,
  botNames: readonly string[],
): PageState {
  if (result.ok) return { status: 'ready', conversation: result.conversation };
  if (result.helpdesk === null) return { status: 'not-helpdesk' };
  if (result.missing.length === 0) return { status: 'no-conversation', helpdesk: result.helpdesk };
  return {
    status: 'unreadable',
    helpdesk: result.helpdesk,
    missing: result.missing,
    diagnostic: describePage(document, location.href, adapters, {
      extensionVersion,
      userAgent: navigator.userAgent,
      botNames,
    }),
  };
}
