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

/** A message as read from its own DOM node, before its neighbours and the page header are applied. */
export interface RawMessage {
  /** The page's own id for the message, if it shows one; else a position-based id is given. */
  ownId: string | null;
  role: Role;
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
}

export type Locate =
  | { kind: 'found'; located: Located }
  | { kind: 'none'; hooks: HookStatus[] }
  | { kind: 'missing'; missing: string[]; hooks: HookStatus[] };

/** Per-read state shared by the messages of one conversation (Intercom: part-group headers). */
export interface ParseContext {
  readonly located: Located;
  /** Parsed data of container nodes (part groups), dropped when they change. */
  readonly memo: WeakMap<Element, unknown>;
}

/** What a helpdesk module provides to the shared reader. */
export interface Adapter {
  readonly helpdesk: HelpdeskId;
  /** Hooks matched inside messages; `RawMessage.mask` bits index this list. */
  readonly itemHooks: readonly HookDef[];
  /** Attributes inside the log whose changes are re-read (class flips, e.g. on hover, are not). */
  readonly watchedAttributes: readonly string[];
  locate(doc: Document, url: string): Locate;
  /**
   * Finds the header elements once per located conversation; `read` re-reads their values (cheap,
   * so every update can call it without searching a long ticket again).
   */
  meta(doc: Document, located: Located): { read: () => Meta; hooks: HookStatus[] };
  parse(item: Element, ctx: ParseContext): RawMessage;
  /** The message at `index`, given the previous resolved message and the page header. */
  resolve(raw: RawMessage, index: number, prev: Message | null, meta: Meta): Message;
  /** Cheap check that the located conversation is still the one shown. */
  stillShown(located: Located): boolean;
  /** The reply composer of the shown conversation (never another ticket's), or null. */
  composer(doc: Document, url: string): Element | null;
}
