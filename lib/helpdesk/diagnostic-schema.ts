// The schema the extension checks a diagnostic with. Apart from diagnostic.ts, which builds one in the
// content script, where zod does not fit the size budget.
import { z } from 'zod/mini';
import { HelpdeskId } from '@/lib/conversation';

const HookName = z.string().check(z.regex(/^[A-Za-z]{1,40}$/));
// A shadow host as `tag#id` (ids only when they are plain words: structure, never data).
const HostName = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,40}(?:#[A-Za-z][\w-]{0,40})?$/));
const HintName = z.string().check(z.regex(/^[a-z][a-z-]{0,30}$/));

/**
 * A copyable report of how a page was read. Only structure: the URL pattern (ids and subdomains
 * masked), which hooks were found (and through which fallback), the shadow-root path, which role hint
 * decided how many messages, counts and versions. Never any conversation text, names, emails,
 * subjects or ids.
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
  /** The shadow hosts the conversation log sits behind, outermost first; null when no log was found. */
  shadowPath: z.nullable(z.array(HostName).check(z.maxLength(20))),
  /** How many messages each role hint decided (`none`: no hint at all, read as the customer). */
  roleHints: z.record(HintName, z.int().check(z.minimum(0))),
  /** The kind of error (`RangeError`…) when reading failed; never its message, which may quote the page. */
  error: z.nullable(z.string().check(z.regex(/^[A-Za-z]{1,40}$/))),
  userAgent: z.nullable(z.string().check(z.maxLength(400))),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
