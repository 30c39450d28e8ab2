import { botNameMatcher, DEFAULT_BOT_NAMES } from './bot-names';
import { type HookStatus } from './hooks';
import { sameHead } from './compare';
import { Session } from './session';
import { type AdapterSet, type Located, type ReadOptions, type ReadResult, type RoleHint } from './types';
import { pageOf } from './url';

/** A read plus what it found, hook by hook (for the diagnostic; never any page text). */
export interface Inspection {
  result: ReadResult;
  hooks: HookStatus[];
  messageCount: number | null;
  /** Shadow hosts the conversation log sits behind (`[]`: none), or null when no log was found. */
  shadowPath: string[] | null;
  /** How many messages each role hint decided. */
  roleHints: Record<RoleHint, number>;
  /** The session behind an `ok` result, for callers that keep following the conversation. */
  session: Session | null;
  /** False when `prior` was continued; then `from` is the first changed message (Infinity: none). */
  reset: boolean;
  from: number;
  /** Messages are still being read (`warm` budget spent): inspect again, with this session as `prior`. */
  warming: boolean;
}

const NOT_FOUND = { session: null, reset: true, from: 0, shadowPath: null, roleHints: {}, warming: false } as const;

/** What a read needs: the adapters it knows and the options, compiled once (observers keep it for every read). */
export interface ReadContext {
  adapters: AdapterSet;
  isBotName: (author: string | null) => boolean;
}

export function readContext(adapters: AdapterSet, options: ReadOptions = {}): ReadContext {
  return { adapters, isBotName: botNameMatcher(options.botNames ?? DEFAULT_BOT_NAMES) };
}

/**
 * Reads the page from scratch, or continues `prior` when the page still shows the same conversation
 * from the same nodes (then only its `dirty` message nodes and new ones are parsed). With `budget`, at
 * most that many unread message nodes are parsed: when more are left, the result says `warming`.
 */
export function inspect(
  doc: Document,
  url: string,
  context: ReadContext,
  prior?: { session: Session; dirty: ReadonlySet<Element> },
  budget?: number,
): Inspection {
  const page = pageOf(url);
  const helpdesk = page?.helpdesk ?? null;
  const adapter = helpdesk && context.adapters[helpdesk];
  // A page of a helpdesk this reader has no adapter for is not one of its pages.
  if (!helpdesk || !adapter)
    return { result: { ok: false, helpdesk: null, missing: [] }, hooks: [], messageCount: null, ...NOT_FOUND };
  const loc = adapter.locate(doc, url);
  if (loc.kind !== 'found') {
    const missing = loc.kind === 'none' ? [] : loc.missing;
    return { result: { ok: false, helpdesk, missing }, hooks: loc.hooks, messageCount: null, ...NOT_FOUND };
  }
  const reuse = prior && prior.session.adapter === adapter && sameLocated(prior.session.located, loc.located);
  const session = reuse ? prior.session : new Session(adapter, loc.located, doc, context.isBotName, page!.account);
  if (budget !== undefined && !session.warm(budget)) {
    const result: ReadResult = { ok: false, helpdesk, missing: [] };
    return { result, hooks: loc.located.hooks, messageCount: null, ...NOT_FOUND, session, warming: true };
  }
  // A session read in chunks (`warming`) is reported as new the first time it is whole.
  const first = !reuse || session.head === null;
  const changed = session.enumerate(reuse ? prior.dirty : undefined);
  session.findEarlierOutside();
  const head = session.readHead();
  const headChanged = session.head === null || !sameHead(session.head, head);
  const from = session.resolve(headChanged ? 0 : changed, head);
  const hooks = [...loc.located.hooks, ...session.metaHooks, ...session.itemHookStatus()];
  const missing = session.missingItemHooks();
  const found = {
    hooks,
    messageCount: session.items.length,
    shadowPath: loc.located.shadowPath,
    roleHints: session.roleHints(),
    warming: false,
  };
  if (missing.length > 0)
    return { result: { ok: false, helpdesk, missing }, ...found, session: null, reset: true, from: 0 };
  const result: ReadResult = { ok: true, conversation: session.conversation() };
  if (first) return { result, ...found, session, reset: true, from: 0 };
  return {
    result,
    ...found,
    session,
    reset: false,
    from: headChanged ? Math.min(from, session.messages.length) : from,
  };
}

/** Same conversation, same nodes (so the same page and account): a session can go on with its cache. */
function sameLocated(a: Located, b: Located): boolean {
  return a.id === b.id && a.root === b.root && a.log === b.log && a.itemCss === b.itemCss;
}
