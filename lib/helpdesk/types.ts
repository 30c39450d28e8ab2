import { type Conversation, type HelpdeskId, type Message, type Role } from '@/lib/conversation';
import { type Predicate } from './classify';
import { type HookDef, type HookStatus } from './hooks';

/**
 * Result of reading a page.
 * - `ok: true`: the conversation shown.
 * - `ok: false, helpdesk: null`: not a supported helpdesk page.
 * - `ok: false, helpdesk, missing: []`: a helpdesk page with no conversation open (dashboard, list).
 * - `ok: false, helpdesk, missing: [...]`: a conversation should be there but these required hooks
 *   were not found: the layout is not understood.
 */
export type ReadResult =
  { ok: true; conversation: Conversation } | { ok: false; helpdesk: HelpdeskId | null; missing: string[] };

/**
 * Which piece of page evidence decided a message's role, for the diagnostic: the first hint of the
 * adapter's chain that was present (Intercom: category, part kind, author class, … position; Zendesk:
 * type, trigger, badges, avatar, bot name), or `none` when no hint was present.
 */
export type RoleHint = string;

/** A message as read from its own DOM node, before its neighbours and the page header are applied. */
export interface RawMessage {
  /** The page's own id for the message, if it shows one; else one is derived from its content. */
  ownId: string | null;
  role: Role;
  roleHint: RoleHint;
  /** Not part of the conversation with the customer (a Zendesk side conversation): left out. */
  skip: boolean;
  internal: boolean;
  author: string | null;
  /** No sender header (grouped bubble): continues the previous message if it has the same role. */
  inherits: boolean;
  text: string;
  at: string | null;
  /** Channel the message shows itself ("via messaging"). */
  channel: string | null;
  /** Channel from weaker evidence (Zendesk origin), used when neither the message nor its group shows one. */
  channelFallback: string | null;
  attachments: string[];
  /** Per-message hooks found in this message (bit per index of `Adapter.itemHooks`). */
  mask: number;
  /** The node holds something that may be another message node (not expected on real pages). */
  nested: boolean;
}

/** A message as the adapter resolves it; the session gives it its id. */
export interface Resolved {
  message: Omit<Message, 'id'>;
  /** The raw message's hint, or the one that overrode it (a bot recognised by name). */
  roleHint: RoleHint;
}

/** Conversation-level fields read from the page header (not from the messages). */
export interface Meta {
  subject: string | null;
  customer: { name: string | null; email: string | null };
  channel: string | null;
}

/** Where the shown conversation lives on the page. */
export interface Located {
  id: string;
  /** The conversation root: Zendesk's active ticket; Intercom's conversation space (or the stream). */
  root: Element;
  /** The message log: the only subtree observed for changes. */
  log: Element;
  /** Selector and predicate for one message node in the log. */
  itemCss: string;
  isItem: Predicate;
  /** Page hooks looked for while locating. */
  hooks: HookStatus[];
  /** Nodes whose changes may mean another conversation is shown (besides the URL). */
  watch: { target: Node; options: MutationObserverInit }[];
  /** The shadow hosts the log sits behind, outermost first (`[]`: the document itself). */
  shadowPath: string[];
}

export type Locate =
  | { kind: 'found'; located: Located }
  | { kind: 'none'; hooks: HookStatus[] }
  | { kind: 'missing'; missing: string[]; hooks: HookStatus[] };

/** How to read: what the user configured. */
export interface ReadOptions {
  /** Zendesk author names that are bots (lib/helpdesk/bot-names.ts); default `DEFAULT_BOT_NAMES`. */
  botNames?: readonly string[];
}

/** Per-read state shared by the messages of one conversation (Intercom: part-group headers). */
export interface ParseContext {
  readonly located: Located;
  /** Parsed data of container nodes (part groups), dropped when they change. */
  readonly memo: WeakMap<Element, unknown>;
  /** Whether an author name is a bot's, per the user's list. */
  readonly isBotName: (author: string | null) => boolean;
}

/** The adapters a reader knows: both in the extension pages and tests, one in each content script. */
export type AdapterSet = Partial<Record<HelpdeskId, Adapter>>;

/** What a helpdesk module provides to the shared reader. */
export interface Adapter {
  readonly helpdesk: HelpdeskId;
  /** Hooks matched inside messages; `RawMessage.mask` bits index this list. */
  readonly itemHooks: readonly HookDef[];
  /** Attributes inside the log whose changes are re-read (class flips, e.g. on hover, are not). */
  readonly watchedAttributes: readonly string[];
  /**
   * A control that loads earlier messages (Zendesk's "show more"): while it is shown, the read holds
   * only the loaded messages. Looked for around the message nodes, never inside them.
   */
  readonly earlier?: HookDef;
  locate(doc: Document, url: string): Locate;
  /**
   * Finds the header elements once per located conversation; `read` re-reads their values (cheap,
   * so every update can call it without searching a long ticket again).
   */
  meta(doc: Document, located: Located): { read: () => Meta; hooks: HookStatus[] };
  parse(item: Element, ctx: ParseContext): RawMessage;
  /** The message, given the previous resolved message and the page header. */
  resolve(raw: RawMessage, prev: Message | null, meta: Meta, ctx: ParseContext): Resolved;
  /** Cheap check that the located conversation is still the one shown. */
  stillShown(located: Located): boolean;
  /** The reply composer of the shown conversation (never another ticket's), or null. */
  composer(doc: Document, url: string): Element | null;
  /** The control beside the composer that says whether it writes a public reply or an internal note. */
  readonly modeHook: HookDef;
}
