import { type Conversation, type Message } from '@/lib/conversation';
import { compileHook, type Predicate } from './classify';
import { type HookStatus } from './hooks';
import { type Head, sameMessage } from './compare';
import { aroundLog, outermost, type Walk } from './log-walk';
import { contentId, UniqueIds } from './message-id';
import { type Adapter, type Located, type Meta, type ParseContext, type RawMessage, type RoleHint } from './types';

/**
 * The messages of one located conversation, kept in step with its log. Each message node's parse is
 * cached by node: re-reading reuses it unless the node was marked dirty, so the work of an update is
 * proportional to what changed, not to the length of the ticket. Nodes that are not part of the
 * conversation with the customer (`skip`) are parsed once and left out.
 */
export class Session {
  items: Element[] = [];
  messages: Message[] = [];
  head: Head | null = null;
  /** Message nodes parsed so far (a test and bench probe of incrementality). */
  parses = 0;
  readonly ctx: ParseContext;
  readonly metaHooks: HookStatus[];
  /** The adapter's "load earlier messages" control, as a selector and a predicate. */
  readonly earlierCss: string | null;
  readonly isEarlier: Predicate | null;
  private readonly readMeta: () => Meta;
  private raws: RawMessage[] = [];
  /** Which hint decided each message's role, in message order. */
  private hints: RoleHint[] = [];
  private readonly ids = new UniqueIds();
  /** The "load earlier" control found in the log by the last listing, or outside the log at the last full read. */
  private earlierInLog: Element | null = null;
  private earlierOutside: Element | null = null;
  /** Node → index, built on the first edit (reads and appends never need it), kept up on appends. */
  private index: Map<Element, number> | null = null;
  /** Message nodes a warm-up has still to parse (see `warm`). */
  private unread: Element[] | null = null;
  /** Node → parse, built when first asked (a one-off read never is), then kept up by every parse. */
  private cache: WeakMap<Element, RawMessage> | null = null;

  constructor(
    readonly adapter: Adapter,
    readonly located: Located,
    doc: Document,
    isBotName: (author: string | null) => boolean,
    /** The helpdesk account, from the page's address (see `HelpdeskPage.account`). */
    private readonly account: string | null,
  ) {
    this.ctx = { located, memo: new WeakMap(), isBotName };
    const meta = adapter.meta(doc, located);
    this.readMeta = meta.read;
    this.metaHooks = meta.hooks;
    this.earlierCss = adapter.earlier?.selectors.map((x) => x.css).join(', ') ?? null;
    this.isEarlier = adapter.earlier ? compileHook(adapter.earlier) : null;
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
   * message where a selector query tests every node of the log (the same walk notices the "load
   * earlier" control). Should a message node hold another (`nested`), every match is listed instead,
   * as the query would.
   */
  enumerate(dirty: ReadonlySet<Element> = new Set()): number {
    const { log, isItem, itemCss } = this.located;
    // Parses kept by `warm`, or (built on first need) those of the last listing.
    const cache = this.cache ?? (this.items.length > 0 ? this.cached() : null);
    const read = (el: Element): RawMessage => (!dirty.has(el) && cache?.get(el)) || this.parse(el);
    const walk: Walk = { isItem, isEarlier: this.isEarlier, items: [], earlier: null };
    outermost(log, walk);
    this.earlierInLog = walk.earlier;
    let els = walk.items;
    let raws = els.map(read);
    if (raws.some((r) => r.nested)) {
      // Rare enough (not expected on real pages) to parse again rather than carry the parses over.
      els = Array.from(log.querySelectorAll(itemCss));
      raws = els.map(read);
    }
    if (raws.some((r) => r.skip)) {
      els = els.filter((_el, i) => !raws[i]!.skip);
      raws = raws.filter((r) => !r.skip);
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

  /**
   * Parses up to `max` message nodes of the log not read yet, keeping their parses for the listing to
   * come; true when none is left. A long conversation is so read over several tasks, none of them long.
   */
  warm(max: number): boolean {
    const cache = this.cached();
    // Listed once; the listing that follows a warm-up lists again, so a stale list only misses pre-parses.
    if (this.unread === null) {
      const walk: Walk = { isItem: this.located.isItem, isEarlier: null, items: [], earlier: null };
      outermost(this.located.log, walk);
      this.unread = walk.items.filter((el) => !cache.has(el));
    }
    for (const el of this.unread.splice(0, max)) if (!cache.has(el)) this.parse(el);
    if (this.unread.length > 0) return false;
    this.unread = null;
    return true;
  }

  /**
   * Re-parses one known message node in place; its index, Infinity if it is not in the log, or NaN
   * when its change of kind (a message that became a side conversation, or the reverse) needs a listing.
   */
  update(el: Element): number {
    const i = this.indexMap().get(el);
    if (i === undefined) return this.cache?.get(el)?.skip && !this.parse(el).skip ? NaN : Infinity;
    const raw = this.parse(el);
    if (raw.skip) return NaN;
    this.raws[i] = raw;
    return i;
  }

  /** Adds nodes known to follow the last message, in document order; returns the first new index. */
  append(els: readonly Element[]): number {
    const from = this.items.length;
    for (const el of els) {
      const raw = this.parse(el);
      if (raw.skip) continue;
      this.index?.set(el, this.items.length);
      this.items.push(el);
      this.raws.push(raw);
    }
    return from;
  }

  /** A "load earlier" control outside the log (above it, say): looked for at full reads, around the log only. */
  findEarlierOutside(): void {
    this.earlierOutside = this.earlierCss === null ? null : aroundLog(this.located, this.earlierCss);
  }

  /** The header, re-read from elements found once, and whether earlier messages are hidden. */
  readHead(): Head {
    const shown = (el: Element | null): boolean => el !== null && el.isConnected && !el.hasAttribute('hidden');
    return { ...this.readMeta(), earlierHidden: shown(this.earlierInLog) || shown(this.earlierOutside) };
  }

  /**
   * Resolves messages from index `from` on. Unchanged messages keep their object identity. A message
   * depends only on its own parse and the message before it, so when only nodes up to `lastDirty`
   * were re-parsed in place (no nodes added or removed), the walk stops at the first unchanged
   * message past them. Returns the first index whose message differs, or Infinity.
   */
  resolve(from: number, head: Head, lastDirty = Infinity): number {
    const old = this.messages;
    const n = this.raws.length;
    const start = Math.min(from, n, old.length);
    const next = old.slice(0, start);
    const kept: Kept = { messages: old, bases: this.ids.truncate(start), hints: this.hints.splice(start), start };
    let changed = n < old.length ? n : Infinity;
    for (let i = start; i < n; i++) {
      const raw = this.raws[i]!;
      const { message, roleHint } = this.adapter.resolve(raw, next[i - 1] ?? null, head, this.ctx);
      const m: Message = { id: this.ids.push(raw.ownId ?? contentId(message)), ...message };
      const before = old[i];
      this.hints.push(roleHint);
      if (before !== undefined && sameMessage(before, m)) {
        next.push(before);
        if (i >= lastDirty && this.keepRest(i + 1, n, kept, next)) break;
      } else {
        next.push(m);
        changed = Math.min(changed, i);
      }
    }
    this.messages = next;
    this.head = head;
    return changed;
  }

  /** Carries the old messages `from..n` over as they were; false (nothing kept) if an id would now differ. */
  private keepRest(from: number, n: number, kept: Kept, next: Message[]): boolean {
    for (let i = from; i < n; i++) {
      if (this.ids.push(kept.bases[i - kept.start]!) !== kept.messages[i]!.id) {
        this.ids.truncate(from);
        next.length = from;
        return false;
      }
      next.push(kept.messages[i]!);
    }
    this.hints.push(...kept.hints.slice(from - kept.start, n - kept.start));
    return true;
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

  /** How many messages each role hint decided (for the diagnostic). */
  roleHints(): Record<RoleHint, number> {
    const counts: Record<RoleHint, number> = {};
    for (const hint of this.hints) counts[hint] = (counts[hint] ?? 0) + 1;
    return counts;
  }

  conversation(): Conversation {
    const head = this.head!;
    const firstCustomer = this.messages.find((m) => m.role === 'customer' && m.author !== null);
    return {
      helpdesk: this.adapter.helpdesk,
      ...(this.account === null ? {} : { account: this.account }),
      id: this.located.id,
      subject: head.subject,
      customer: { name: head.customer.name ?? firstCustomer?.author ?? null, email: head.customer.email },
      // Without a header label: the channel the conversation arrived on.
      channel: head.channel ?? this.messages[0]?.channel ?? null,
      messages: this.messages,
      ...(head.earlierHidden ? { earlierHidden: true as const } : {}),
    };
  }
}

/** What a resolve may carry over unchanged: the messages before it and their base ids and hints, from `start`. */
interface Kept {
  messages: readonly Message[];
  bases: readonly string[];
  hints: readonly RoleHint[];
  start: number;
}
