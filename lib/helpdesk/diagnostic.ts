import { z } from 'zod/mini';
import { HelpdeskId } from '@/lib/conversation';
import { inspect } from './read';
import { type ReadResult } from './types';
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

const HookName = z.string().check(z.regex(/^[A-Za-z]{1,40}$/));

/**
 * A copyable report of how a page was read. Only structure: the URL pattern (ids and subdomains
 * masked), which hooks were found (and through which fallback), counts and versions. Never any
 * conversation text, names, emails, subjects or ids.
 */
export const Diagnostic = z.strictObject({
  kind: z.literal('steadyhand-layout-diagnostic'),
  extensionVersion: z.string().check(z.maxLength(40)),
  helpdesk: z.nullable(HelpdeskId),
  urlPattern: z.string().check(z.maxLength(300)),
  status: z.enum(['ok', 'unsupported', 'no-conversation', 'unreadable']),
  found: z.array(HookName),
  missing: z.array(HookName),
  hooks: z.array(
    z.strictObject({
      name: HookName,
      required: z.boolean(),
      found: z.nullable(z.boolean()),
      fallback: z.nullable(z.int().check(z.minimum(0))),
    }),
  ),
  messageCount: z.nullable(z.int().check(z.minimum(0))),
  userAgent: z.nullable(z.string().check(z.maxLength(400))),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/**
 * Reads the page again and describes the structure found (valid against `Diagnostic`, which the
 * receiving side checks). `missing` lists required hooks not found
 * (as in `ReadResult`); `hooks` has every hook looked for, `found: null` when not looked for because
 * a hook it depends on is missing.
 */
export function buildDiagnostic(
  doc: Document,
  url: string,
  opts: { extensionVersion: string; userAgent?: string | null },
): Diagnostic {
  const { result, hooks, messageCount } = inspect(doc, url);
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
    userAgent: opts.userAgent?.slice(0, 400) ?? null,
  };
}
