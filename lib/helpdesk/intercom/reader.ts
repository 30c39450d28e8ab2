import { type Role } from '@/lib/conversation';
import { Classifier, compile, compileHook, type Predicate } from '../classify';
import { boundaryNodes, findDeep, isShadowRoot, shadowPath } from '../deep';
import { findBest, findFirst, findHook, hookStatus, type HookStatus } from '../hooks';
import { type ScanPlan, type ScanResult, Scanner } from '../scan';
import { inlineText } from '../text';
import { type Adapter, type Locate, type Located, type Meta, type ParseContext, type RawMessage } from '../types';
import { pageOf } from '../url';
import { attachmentNames, isoDateTime } from '../values';
import { roleOf, type RowInfo } from './roles';
import * as I from './selectors';

const H = Object.fromEntries(I.ITEM_HOOKS.map((h, i) => [h.name, i])) as Record<
  (typeof I.ITEM_HOOKS)[number]['name'],
  number
>;

const PLAN: ScanPlan = {
  // Parts (every fallback) are classified too, to notice one nested in another. The part hook's index
  // is the row hook's bit, which the scan never sets otherwise: `parse` clears it.
  classifier: new Classifier([...I.SCANNED_HOOKS, I.part]),
  exclude: I.NOT_TEXT.map((h) => I.ITEM_HOOKS.indexOf(h)),
  body: H.body,
  multi: [H.attachment],
  message: I.SCANNED_HOOKS.length,
};
const SCANNED_MASK = (1 << I.SCANNED_HOOKS.length) - 1;
const scanner = new Scanner(PLAN);

const has = (s: ScanResult, h: number): boolean => (s.mask & (1 << h)) !== 0;
const attr = (s: ScanResult, h: number, name: string): string | null => s.best[h]?.getAttribute(name) ?? null;

const isRow = compileHook(I.partRow);

/** The top element of `el`'s tree (in a shadow root: the conversation's own container). */
function topOfTree(el: Element): Element {
  let top = el;
  while (top.parentElement) top = top.parentElement;
  return top;
}

function locate(doc: Document, url: string): Locate {
  const urlId = pageOf(url)?.conversationId ?? null;
  const anchor = findHook(doc, I.conversation);
  // One walk per tree: every missing better fallback would otherwise cost a traversal of the stream.
  const log = (anchor && findBest(anchor.el, I.stream)) ?? findDeep(doc, I.stream, I.shadowHost, findBest);
  const hooks = [hookStatus(I.conversation, anchor), hookStatus(I.stream, log)];
  // No stream and no conversation in the URL: the inbox list, nothing open.
  if (!log) return urlId === null ? { kind: 'none', hooks } : { kind: 'missing', missing: [I.stream.name], hooks };
  // The conversation's root: the light-DOM anchor when it holds the stream, else (2026) the container of
  // the stream inside its shadow root; never the whole page (the inbox list shows other customers).
  const root = anchor?.el.contains(log.el)
    ? anchor.el
    : isShadowRoot(log.el.getRootNode())
      ? topOfTree(log.el)
      : log.el;
  const idHit = urlId === null ? findHook(root, I.conversationId, { includeSelf: true }) : null;
  const idAttr = idHit && I.conversationId.selectors[idHit.fallback]!.attr;
  const id = urlId ?? ((idAttr && idHit.el.getAttribute(idAttr)) || null);
  // The URL is the first source of the id; the page attribute only when the URL has none.
  hooks.push({ ...hookStatus(I.conversationId, idHit ?? null), found: id !== null });
  // The first part decides which selector lists them all (a walk that stops at it).
  const first = findFirst(log.el, I.part);
  const part = first && { css: I.part.selectors[first.fallback]!.css, fallback: first.fallback };
  hooks.push(hookStatus(I.part, part));
  const missing = [...(id ? [] : [I.conversationId.name]), ...(part ? [] : [I.part.name])];
  if (!id || !part) return { kind: 'missing', missing, hooks };
  // A re-rendered stream, conversation container or shadow host shows up in these child lists.
  const targets = new Set([log.el.parentNode, root.parentNode, ...boundaryNodes(log.el)]);
  const watch = [...targets]
    .filter((n): n is ParentNode & Node => n !== null)
    .map((target) => ({ target, options: { childList: true } as MutationObserverInit }));
  const located = { id, root, log: log.el, itemCss: part.css, isItem: compile(part.css), hooks, watch };
  return { kind: 'found', located: { ...located, shadowPath: shadowPath(log.el) } };
}

/** The header title: in the stream's own shadow root, else anywhere (deep), else a title inside the conversation. */
function findTitle(doc: Document, located: Located): { el: Element; fallback: number } | null {
  const [header, inList] = I.title.selectors.map((s) => s.css) as [string, string];
  const tree = located.log.getRootNode();
  const own = isShadowRoot(tree) ? tree.querySelector(header) : null;
  if (own) return { el: own, fallback: 0 };
  const deep = findDeep(doc, { ...I.title, selectors: [{ css: header }] }, I.shadowHost);
  if (deep) return deep;
  const scoped = located.root.querySelector(inList);
  return scoped ? { el: scoped, fallback: 1 } : null;
}

function meta(doc: Document, located: Located): { read: () => Meta; hooks: HookStatus[] } {
  const title = findTitle(doc, located);
  return {
    read: () => ({ subject: null, customer: { name: inlineText(title?.el), email: null }, channel: null }),
    hooks: [hookStatus(I.title, title)],
  };
}

/** The avatar's own label (aria-label, title, or its image's alt): a name where no name element is shown. */
function avatarLabel(avatar: Element | undefined): string | null {
  if (!avatar) return null;
  const label =
    avatar.getAttribute('aria-label') ??
    avatar.getAttribute('title') ??
    avatar.querySelector('img[alt]')?.getAttribute('alt');
  return label?.trim() || null;
}

/** Role classes found in one scan, strongest first. */
function classRole(s: ScanResult): Role | null {
  if (has(s, H.botClass)) return 'bot';
  if (has(s, H.adminClass)) return 'agent';
  return has(s, H.userClass) ? 'customer' : null;
}

function rowInfo(row: Element, stop: Predicate): RowInfo {
  const s = scanner.scan(row, { stop });
  const category = attr(s, H.authorKind, 'data-part-group-category') ?? '';
  const style = attr(s, H.avatar, 'style') ?? '';
  return {
    kind: category in I.CATEGORY_ROLE ? I.CATEGORY_ROLE[category as keyof typeof I.CATEGORY_ROLE] : null,
    name: inlineText(s.best[H.authorName]),
    avatarLabel: avatarLabel(s.best[H.avatar]),
    classRole: classRole(s),
    avatarRole: /background-image/.test(style) ? 'agent' : /background-color/.test(style) ? 'customer' : null,
    entityId: row.getAttribute('data-part-entity-id'),
    mask: s.mask,
  };
}

/**
 * The part's row: its closest group or entity ancestor; else (2026 rows may carry neither) the part's
 * own wrapper, when that holds no other part, so an avatar beside the part still names its author.
 */
function closestRow(part: Element, located: Located): Element | null {
  const { log, isItem, itemCss } = located;
  for (let el = part.parentElement; el && el !== log; el = el.parentElement) if (isRow(el)) return el;
  const wrapper = part.parentElement;
  if (!wrapper || wrapper === log) return null;
  for (let sib = wrapper.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib !== part && (isItem(sib) || sib.querySelector(itemCss) !== null)) return null;
  }
  return wrapper;
}

function parse(item: Element, ctx: ParseContext): RawMessage {
  const row = closestRow(item, ctx.located);
  let info = row ? (ctx.memo.get(row) as RowInfo | undefined) : undefined;
  // The row's parts are not read with it (the part at hand is known without a class test).
  const { isItem } = ctx.located;
  if (row && !info) ctx.memo.set(row, (info = rowInfo(row, (el) => el === item || isItem(el))));
  const s = scanner.scan(item);
  const decided = roleOf(
    {
      note: has(s, H.note),
      event: has(s, H.event),
      userEmail: has(s, H.userEmail),
      adminEmail: has(s, H.adminEmail),
      classRole: classRole(s),
      teammateName: has(s, H.authorName),
    },
    info ?? null,
    item,
    ctx.located.log,
  );
  const idAttr = I.partId.selectors.find((x) => item.hasAttribute(x.attr!))?.attr;
  const ownId = (idAttr && item.getAttribute(idAttr)) || info?.entityId || null;
  const name = info?.name ?? inlineText(s.best[H.authorName]) ?? info?.avatarLabel ?? avatarLabel(s.best[H.avatar]);
  return {
    ownId,
    role: decided.role,
    roleHint: decided.hint,
    skip: false,
    internal: decided.internal,
    author: decided.role === 'system' ? null : name,
    inherits: false,
    text: s.text ?? '',
    at: isoDateTime(attr(s, H.timestamp, 'datetime')),
    channel: has(s, H.userEmail) || has(s, H.adminEmail) ? 'email' : null,
    channelFallback: null,
    attachments: attachmentNames(s.all[H.attachment]),
    mask:
      ((s.mask | (info?.mask ?? 0)) & SCANNED_MASK) | (row ? 1 << H.partRow : 0) | (ownId !== null ? 1 << H.partId : 0),
    nested: s.nested,
  };
}

export const intercom: Adapter = {
  helpdesk: 'intercom',
  itemHooks: I.ITEM_HOOKS,
  watchedAttributes: I.WATCHED_ATTRIBUTES,
  locate,
  meta,
  parse,
  resolve: (raw, _prev, m) => ({
    message: {
      role: raw.role,
      // Customer parts may show no name in the stream; the header title names the customer.
      author: raw.author ?? (raw.role === 'customer' ? m.customer.name : null),
      internal: raw.internal,
      text: raw.text,
      at: raw.at,
      channel: raw.channel,
      attachments: raw.attachments,
    },
    roleHint: raw.roleHint,
  }),
  stillShown: (located) => located.root.isConnected && located.log.isConnected,
  composer: (doc) => {
    const anchor = findHook(doc, I.conversation)?.el;
    return ((anchor && findHook(anchor, I.composer)) ?? findDeep(doc, I.composer, I.shadowHost))?.el ?? null;
  },
  modeHook: I.composerMode,
};
