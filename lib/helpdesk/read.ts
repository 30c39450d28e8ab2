import { type Conversation, type HelpdeskId, type Message } from '@/lib/conversation';
import { type Predicate } from './classify';
import { type HookStatus } from './hooks';
import { intercom } from './intercom/reader';
import { type Adapter, type Located, type Meta, type ParseContext, type RawMessage, type ReadResult } from './types';
import { detectHelpdesk } from './url';
import { zendesk } from './zendesk/reader';

export const ADAPTERS: Record<HelpdeskId, Adapter> = { zendesk, intercom };

function sameMessage(a: Message, b: Message): boolean {
  return (
    a.id === b.id &&
    a.role === b.role &&
    a.author === b.author &&
    a.internal === b.internal &&
    a.text === b.text &&
    a.at === b.at &&
    a.channel === b.channel &&
    a.attachments.length === b.attachments.length &&
    a.attachments.every((x, i) => x === b.attachments[i])
  );
}

export function sameMeta(a: Meta, b: Meta): boolean {
  return (
    a.subject === b.subject &&
    a.channel === b.channel &&
    a.customer.name === b.customer.name &&
    a.customer.email === b.customer.email
  );
}

/**
 * The messages of one located conversation, kept in step with its log. Each message node's parse is
 * cached by node: re-reading reuses it unless the node was marked dirty, so the work of an update is
 * proportional to what changed, not to the length of the ticket.
 */
export class Session {
  items: Element[] = [];
  messages: Message[] = [];
  meta: Meta | null = null;
  /** Message nodes parsed so far (a test and bench probe of incrementality). */
  parses = 0;
  readonly ctx: ParseContext;
  /** Re-reads the header (subject, customer, channel) from elements found once. */
  readonly readMeta: () => Meta;
  readonly metaHooks: HookStatus[];
  private raws: RawMessage[] = [];
  /** Node → index, built on the first edit (reads and appends never need it), kept up on appends. */
  private index: Map<Element, number> | null = null;
  /** Node → parse, built when first asked (a one-off read never is), then kept up by every parse. */
  private cache: WeakMap<Element, RawMessage> | null = null;

  constructor(
    readonly adapter: Adapter,
    readonly located: Located,
    doc: Document,
  ) {
    this.ctx = { located, memo: new WeakMap() };
    const meta = adapter.meta(doc, located);
    this.readMeta = meta.read;
    this.metaHooks = meta.hooks;
  }

  private parse(el: Element): RawMessage {
    this.parses++;
    const raw = this.adapter.parse(el, this.ctx);
    this.cache?.set(el, raw);
    return raw;
  }

  private cached(): WeakMap<Element, RawMessage> {
    return (this.cache ??= new WeakMap(this.items.map((el, i) => [el, this.raws[i]!])));
  }

  private indexMap(): Map<Element, number> {
    this.index ??= new Map(this.items.map((el, i) => [el, i]));
    return this.index;
  }

  /** Whether this node was read before (O(1): the parse cache, not the index). */
  has(el: Element): boolean {
    return this.cached().has(el);
  }

  /** The message node holding `node` (walking up, never past the log), or null. */
  closestItem(node: Node): Element | null {
    const { log, isItem } = this.located;
    for (
      let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      el && el !== log;
      el = el.parentElement
    ) {
      if (isItem(el)) return el;
    }
    return null;
  }

  /**
   * A change outside any message node: if it is inside a container whose parse is memoised (an
   * Intercom part group header), forget it and return the container's messages to re-read.
   */
  containerChanged(node: Node): Element[] {
    const { log, itemCss } = this.located;
    for (
      let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      el && el !== log;
      el = el.parentElement
    ) {
      if (this.ctx.memo.delete(el)) return Array.from(el.querySelectorAll(itemCss));
    }
    return [];
  }

  /**
   * Lists the log's message nodes again; returns the first index whose node or parse changed.
   * Message nodes are found by walking the log without entering them, which touches a few nodes per
   * message where a selector query tests every node of the log. Should a message node hold another
   * (`nested`), every match is listed instead, as the query would.
   */
  enumerate(dirty: ReadonlySet<Element> = new Set()): number {
    const { log, isItem, itemCss } = this.located;
    const cache = this.items.length > 0 ? this.cached() : null;
    const read = (el: Element): RawMessage => (!dirty.has(el) && cache?.get(el)) || this.parse(el);
    let els = outermost(log, isItem, []);
    let raws = els.map(read);
    if (raws.some((r) => r.nested)) {
      // Rare enough (not expected on real pages) to parse again rather than carry the parses over.
      els = Array.from(log.querySelectorAll(itemCss));
      raws = els.map(read);
    }
    let from = Math.min(els.length, this.items.length);
    for (let i = 0; i < from; i++) {
      if (els[i] !== this.items[i] || raws[i] !== this.raws[i]) {
        from = i;
        break;
      }
    }
    this.items = els;
    this.raws = raws;
    this.index = null;
    return from;
  }

  /** Re-parses one known message node in place; its index, or Infinity if it is not in the log. */
  update(el: Element): number {
    const i = this.indexMap().get(el);
    if (i === undefined) return Infinity;
    this.raws[i] = this.parse(el);
    return i;
  }

  /** Adds nodes known to follow the last message, in document order; returns the first new index. */
  append(els: readonly Element[]): number {
    const from = this.items.length;
    for (const el of els) {
      this.index?.set(el, this.items.length);
      this.items.push(el);
      this.raws.push(this.parse(el));
    }
    return from;
  }

  /**
   * Resolves messages from index `from` on. Unchanged messages keep their object identity. A message
   * depends only on its own parse and the message before it, so when only nodes up to `lastDirty`
   * were re-parsed in place (no nodes added or removed), the walk stops at the first unchanged
   * message past them. Returns the first index whose message differs, or Infinity.
   */
  resolve(from: number, meta: Meta, lastDirty = Infinity): number {
    const old = this.messages;
    const n = this.raws.length;
    const next = old.slice(0, Math.min(from, n));
    let changed = n < old.length ? n : Infinity;
    for (let i = next.length; i < n; i++) {
      const m = this.adapter.resolve(this.raws[i]!, i, next[i - 1] ?? null, meta);
      const before = old[i];
      if (before !== undefined && sameMessage(before, m)) {
        next.push(before);
        if (i >= lastDirty) {
          next.push(...old.slice(i + 1, n));
          break;
        }
      } else {
        next.push(m);
        changed = Math.min(changed, i);
      }
    }
    this.messages = next;
    this.meta = meta;
    return changed;
  }

  /** Names of required per-message hooks found in no message. */
  missingItemHooks(): string[] {
    if (this.raws.length === 0) return [];
    const mask = this.raws.reduce((m, r) => m | r.mask, 0);
    return this.adapter.itemHooks.filter((h, i) => h.required && (mask & (1 << i)) === 0).map((h) => h.name);
  }

  itemHookStatus(): HookStatus[] {
    const mask = this.raws.reduce((m, r) => m | r.mask, 0);
    const none = this.raws.length === 0;
    return this.adapter.itemHooks.map((h, i) => ({
      name: h.name,
      required: h.required,
      found: none ? null : (mask & (1 << i)) !== 0,
      fallback: null,
    }));
  }

  conversation(): Conversation {
    const meta = this.meta!;
    const firstCustomer = this.messages.find((m) => m.role === 'customer' && m.author !== null);
    return {
      helpdesk: this.adapter.helpdesk,
      id: this.located.id,
      subject: meta.subject,
      customer: { name: meta.customer.name ?? firstCustomer?.author ?? null, email: meta.customer.email },
      // Without a header label: the channel the conversation arrived on.
      channel: meta.channel ?? this.messages[0]?.channel ?? null,
      messages: this.messages,
    };
  }
}

/** Nodes matching `isItem` below `root`, in document order, without looking inside them. */
function outermost(root: Element, isItem: Predicate, out: Element[]): Element[] {
  for (let el = root.firstElementChild; el !== null; el = el.nextElementSibling) {
    if (isItem(el)) out.push(el);
    else outermost(el, isItem, out);
  }
  return out;
}

/** A read plus what it found, hook by hook (for the diagnostic; never any page text). */
export interface Inspection {
  result: ReadResult;
  hooks: HookStatus[];
  messageCount: number | null;
  /** The session behind an `ok` result, for callers that keep following the conversation. */
  session: Session | null;
  /** False when `prior` was continued; then `from` is the first changed message (Infinity: none). */
  reset: boolean;
  from: number;
}

const NOT_FOUND = { session: null, reset: true, from: 0 } as const;

/**
 * Reads the page from scratch, or continues `prior` when the page still shows the same conversation
 * from the same nodes (then only its `dirty` message nodes and new ones are parsed).
 */
export function inspect(
  doc: Document,
  url: string,
  prior?: { session: Session; dirty: ReadonlySet<Element> },
): Inspection {
  const helpdesk = detectHelpdesk(url);
  if (!helpdesk)
    return { result: { ok: false, helpdesk: null, missing: [] }, hooks: [], messageCount: null, ...NOT_FOUND };
  const adapter = ADAPTERS[helpdesk];
  const loc = adapter.locate(doc, url);
  if (loc.kind !== 'found') {
    const missing = loc.kind === 'none' ? [] : loc.missing;
    return { result: { ok: false, helpdesk, missing }, hooks: loc.hooks, messageCount: null, ...NOT_FOUND };
  }
  const reuse = prior && prior.session.adapter === adapter && sameLocated(prior.session.located, loc.located);
  const session = reuse ? prior.session : new Session(adapter, loc.located, doc);
  const changed = session.enumerate(reuse ? prior.dirty : undefined);
  const meta = session.readMeta();
  const metaChanged = session.meta === null || !sameMeta(session.meta, meta);
  const from = session.resolve(metaChanged ? 0 : changed, meta);
  const hooks = [...loc.located.hooks, ...session.metaHooks, ...session.itemHookStatus()];
  const missing = session.missingItemHooks();
  const messageCount = session.items.length;
  if (missing.length > 0) return { result: { ok: false, helpdesk, missing }, hooks, messageCount, ...NOT_FOUND };
  const result: ReadResult = { ok: true, conversation: session.conversation() };
  if (!reuse) return { result, hooks, messageCount, session, reset: true, from: 0 };
  return {
    result,
    hooks,
    messageCount,
    session,
    reset: false,
    from: metaChanged ? Math.min(from, session.messages.length) : from,
  };
}

/** Same conversation, same nodes: a session can go on with its cache. */
function sameLocated(a: Located, b: Located): boolean {
  return a.id === b.id && a.root === b.root && a.log === b.log && a.itemCss === b.itemCss;
}

/**
 * Reads the conversation shown on `doc`. Pure: no writes, no listeners, no state kept. Only the
 * active Zendesk ticket is read. See `ReadResult` for what a failure means.
 */
export function readConversation(doc: Document, url: string): ReadResult {
  return inspect(doc, url).result;
}
