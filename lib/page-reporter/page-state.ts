import { describePage } from '@/lib/helpdesk/diagnostic';
import { detectHelpdesk, urlPattern } from '@/lib/helpdesk/url';
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

/**
 * A page whose reading failed: unreadable, with a diagnostic naming the error's kind only (its message
 * could quote the page), built without reading the page again.
 */
export function failedState(url: string, error: string, extensionVersion: string): PageState {
  const helpdesk = detectHelpdesk(url);
  if (helpdesk === null) return { status: 'not-helpdesk' };
  return {
    status: 'unreadable',
    helpdesk,
    missing: [],
    diagnostic: {
      kind: 'steadyhand-layout-diagnostic',
      extensionVersion: extensionVersion.slice(0, 40),
      helpdesk,
      urlPattern: urlPattern(url),
      status: 'unreadable',
      found: [],
      missing: [],
      hooks: [],
      messageCount: null,
      shadowPath: null,
      roleHints: {},
      error,
      userAgent: navigator.userAgent.slice(0, 400),
    },
  };
}
