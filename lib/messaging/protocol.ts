// The one protocol map of the extension: every message, who sends it, and the zod schemas that both
// ends parse at the boundary. zod/mini, because the content script ships these schemas.
import { z } from 'zod/mini';
import { Conversation, HelpdeskId, Message } from '@/lib/conversation';
import { DraftRead } from '@/lib/framework/draft-parts';
import { Guidance } from '@/lib/framework/guidance';
import { MAX_TEXT } from '@/lib/helpdesk/bridge/contract';
import { Diagnostic } from '@/lib/helpdesk/diagnostic-schema';

// A helpdesk-hosted page that is not one of the helpdesk's agent views (settings, an app page).
const NotHelpdesk = z.strictObject({ status: z.literal('not-helpdesk') });
// A helpdesk page with no conversation open (a dashboard, a view list, an empty inbox).
const NoConversation = z.strictObject({ status: z.literal('no-conversation'), helpdesk: HelpdeskId });
const Unreadable = z.strictObject({
  status: z.literal('unreadable'),
  helpdesk: HelpdeskId,
  missing: z.array(z.string()),
  diagnostic: Diagnostic,
});

/** What the content script knows about its page. */
export const PageState = z.discriminatedUnion('status', [
  NotHelpdesk,
  NoConversation,
  Unreadable,
  z.strictObject({ status: z.literal('ready'), conversation: Conversation }),
]);
export type PageState = z.infer<typeof PageState>;

/** What the side panel shows for one tab. */
export const TabView = z.discriminatedUnion('status', [
  NotHelpdesk,
  // The URL is a helpdesk's but no content script answers: the tab was open before Steadyhand was installed.
  z.strictObject({ status: z.literal('not-connected'), helpdesk: HelpdeskId }),
  // The tab is loading a helpdesk page; its content script has not reported yet.
  z.strictObject({ status: z.literal('loading'), helpdesk: HelpdeskId }),
  NoConversation,
  Unreadable,
  z.strictObject({ status: z.literal('ready'), conversation: Conversation, guidance: Guidance }),
]);
export type TabView = z.infer<typeof TabView>;

/**
 * A change to the conversation the receiver already has: keep its first `from` messages, then `tail`.
 * Sent instead of the whole conversation so that one new message costs one message on the wire.
 */
export const ConversationPatch = z.strictObject({
  helpdesk: HelpdeskId,
  account: Conversation.shape.account,
  id: z.string(),
  subject: z.nullable(z.string()),
  customer: z.strictObject({ name: z.nullable(z.string()), email: z.nullable(z.string()) }),
  channel: z.nullable(z.string()),
  earlierHidden: z.optional(z.literal(true)),
  from: z.int().check(z.nonnegative()),
  tail: z.array(Message),
});
export type ConversationPatch = z.infer<typeof ConversationPatch>;

/**
 * A change to a ready view a side panel already holds: the conversation's patch and the new guidance.
 * What a panel is sent on every change of a conversation it shows, instead of the whole conversation.
 */
export const ViewPatch = z.strictObject({ conversation: ConversationPatch, guidance: Guidance });
export type ViewPatch = z.infer<typeof ViewPatch>;

export const InsertResult = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), route: z.enum(['bridge', 'paste', 'execCommand']) }),
  z.strictObject({ ok: z.literal(false), reason: z.string() }),
]);
export type InsertResult = z.infer<typeof InsertResult>;

const TabId = z.number().check(z.int(), z.nonnegative());

/** A tab's view, whole (a new state or conversation), or as a patch to the one the panel holds. */
export const TabChange = z.union([
  z.strictObject({ tabId: TabId, view: TabView }),
  z.strictObject({ tabId: TabId, patch: ViewPatch }),
]);
export type TabChange = z.infer<typeof TabChange>;

/**
 * What a tab's reply draft does, for the conversation the background holds for that tab: the draft's
 * read (null when the draft is empty), never its text.
 */
export const DraftChange = z.strictObject({ tabId: TabId, conversationId: z.string(), read: z.nullable(DraftRead) });
export type DraftChange = z.infer<typeof DraftChange>;

export const protocol = {
  /** content script → background: the page changed. */
  'page:state': { request: PageState, response: z.null() },
  /** content script → background: the conversation grew or changed; `applied: false` asks for a full state. */
  'page:patch': { request: ConversationPatch, response: z.strictObject({ applied: z.boolean() }) },
  /** background → content script: read the page now (after a service-worker restart, say). */
  'page:read': { request: z.null(), response: PageState },
  /**
   * side panel → content script: put this text into the reply editor at the caret; never send it. With
   * `into: 'internal-note'` only while the editor is in internal-note mode (else `not-internal-note`, or
   * `mode-unknown` when the page does not say), so a case note never lands in a public reply.
   */
  'composer:insert': {
    request: z.strictObject({
      text: z.string().check(z.maxLength(MAX_TEXT)),
      into: z.optional(z.literal('internal-note')),
    }),
    response: InsertResult,
  },
  /** content script → background: the reply editor's text changed (debounced; '' once emptied). Never stored. */
  'composer:draft': {
    request: z.strictObject({ text: z.string().check(z.maxLength(MAX_TEXT)) }),
    response: z.null(),
  },
  /** side panel → background: what should the panel show for this tab? */
  'tab:get': { request: z.strictObject({ tabId: TabId }), response: TabView },
  /** side panel → background: the tab's content script did not answer; ask it again and say what holds now. */
  'tab:recheck': { request: z.strictObject({ tabId: TabId }), response: TabView },
  /** background → side panels: a tab's view changed (a patch when only its conversation grew or changed). */
  'tab:changed': { request: TabChange, response: z.null() },
  /** background → side panels: what the draft in a tab's reply editor does (its read, not its text). */
  'tab:draft': { request: DraftChange, response: z.null() },
  /** side panel → background: this ticket's reminder was stored or removed; (re)schedule its alarm from the store. */
  'followup:schedule': { request: z.strictObject({ recordId: z.string().check(z.minLength(1)) }), response: z.null() },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;
