import type { Diagnostic } from './diagnostic-schema';
import { inspect, readContext } from './read';
import { type AdapterSet, type ReadOptions, type ReadResult } from './types';
import { urlPattern } from './url';

/** What a read means for the panel. */
export type ReadStatus = 'ok' | 'unsupported' | 'no-conversation' | 'unreadable';

/**
 * - `unsupported`: not a supported helpdesk page (`helpdesk: null`);
 * - `no-conversation`: a helpdesk page with nothing open (`missing: []`): say nothing is open;
 * - `unreadable`: a conversation should be there but required hooks are missing: say "can't read
 *   this page layout", list `missing` and offer the diagnostic. (Right after navigation the page may
 *   still be rendering: the observer keeps retrying, so show this once it persists.)
 */
export function readStatus(result: ReadResult): ReadStatus {
  if (result.ok) return 'ok';
  if (result.helpdesk === null) return 'unsupported';
  return result.missing.length === 0 ? 'no-conversation' : 'unreadable';
}

/** True when the page is a helpdesk page with no conversation open (not an unreadable layout). */
export function isNoConversation(result: ReadResult): boolean {
  return readStatus(result) === 'no-conversation';
}

/**
 * Reads the page again (with the given adapters; see `buildDiagnostic` for both helpdesks) and
 * describes the structure found (valid against `Diagnostic`, which the
 * receiving side checks). `missing` lists required hooks not found
 * (as in `ReadResult`); `hooks` has every hook looked for, `found: null` when not looked for because
 * a hook it depends on is missing; `shadowPath` the shadow hosts the log sits behind; `roleHints` how
 * many messages each role hint decided.
 */
export interface DiagnosticOptions extends ReadOptions {
  extensionVersion: string;
  userAgent?: string | null;
}

export function describePage(doc: Document, url: string, adapters: AdapterSet, opts: DiagnosticOptions): Diagnostic {
  const { result, hooks, messageCount, shadowPath, roleHints } = inspect(doc, url, readContext(adapters, opts));
  return {
    kind: 'steadyhand-layout-diagnostic',
    extensionVersion: opts.extensionVersion.slice(0, 40),
    helpdesk: result.ok ? result.conversation.helpdesk : result.helpdesk,
    urlPattern: urlPattern(url),
    status: readStatus(result),
    found: hooks.filter((h) => h.found === true).map((h) => h.name),
    missing: result.ok ? [] : result.missing,
    hooks,
    messageCount,
    shadowPath,
    roleHints,
    error: null,
    userAgent: opts.userAgent?.slice(0, 400) ?? null,
  };
}
