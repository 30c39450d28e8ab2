import { type Message, type Role } from '@/lib/conversation';
import { Classifier, compile, type Predicate } from '../classify';
import { findHook, type HookDef, hookStatus, type HookStatus } from '../hooks';
import { type ScanPlan, type ScanResult, Scanner } from '../scan';
import { inlineText } from '../text';
import { type Adapter, type Locate, type Located, type Meta, type ParseContext, type RawMessage } from '../types';
import { pageOf } from '../url';
import { attachmentNames, isoDateTime } from '../values';
import * as I from './selectors';

const H = Object.fromEntries(I.ITEM_HOOKS.map((h, i) => [h.name, i])) as Record<
  (typeof I.ITEM_HOOKS)[number]['name'],
  number
>;

const PLAN: ScanPlan = {
  // Parts (every fallback) are classified too, to notice one nested in another.
  classifier: new Classifier([...I.ITEM_HOOKS, I.part]),
  exclude: I.NOT_TEXT.map((h) => I.ITEM_HOOKS.indexOf(h)),
  body: H.body,
  multi: [H.attachment],
  message: I.ITEM_HOOKS.length,
};
const scanner = new Scanner(PLAN);

const has = (s: ScanResult, h: number): boolean => (s.mask & (1 << h)) !== 0;
const attr = (s: ScanResult, h: number, name: string): string | null => s.best[h]?.getAttribute(name) ?? null;

const isGroup = compile(I.partGroup.selectors[0]!.css);

function firstIn(scope: Element, h: HookDef): { css: string; fallback: number } | null {
  const i = h.selectors.findIndex((s) => scope.querySelector(s.css) !== null);
  return i < 0 ? null : { css: h.selectors[i]!.css, fallback: i };
}

function locate(doc: Document, url: string): Locate {
  const urlId = pageOf(url)?.conversationId ?? null;
  const root = findHook(doc, I.conversation);
  const log = (root && findHook(root.el, I.stream)) ?? findHook(doc, I.stream);
  const hooks = [hookStatus(I.conversation, root), hookStatus(I.stream, log)];
  // No stream and no conversation in the URL: the inbox list, nothing open.
  if (!log) return urlId === null ? { kind: 'none', hooks } : { kind: 'missing', missing: [I.stream.name], hooks };
  const idHit = urlId === null ? findHook(root?.el ?? doc, I.conversationId, { includeSelf: true }) : null;
  const idAttr = idHit && I.conversationId.selectors[idHit.fallback]!.attr;
  const id = urlId ?? ((idAttr && idHit.el.getAttribute(idAttr)) || null);
  // The URL is the first source of the id; the page attribute only when the URL has none.
  hooks.push({ ...hookStatus(I.conversationId, idHit ?? null), found: id !== null });
  const group = firstIn(log.el, I.partGroup);
  const part = firstIn(log.el, I.part);
  hooks.push(hookStatus(I.partGroup, group), hookStatus(I.part, part));
  const missing = [
    ...(id ? [] : [I.conversationId.name]),
    ...(group ? [] : [I.partGroup.name]),
    ...(part ? [] : [I.part.name]),
  ];
  if (!id || !part || !group) return { kind: 'missing', missing, hooks };
  const scopeRoot = root?.el ?? log.el;
  const watch = [log.el.parentNode, scopeRoot.parentNode]
    .filter((n): n is ParentNode & Node => n !== null)
    .map((target) => ({ target, options: { childList: true } as MutationObserverInit }));
  return {
    kind: 'found',
    located: { id, root: scopeRoot, log: log.el, itemCss: part.css, isItem: compile(part.css), hooks, watch },
  };
}

function meta(doc: Document, located: Located): { read: () => Meta; hooks: HookStatus[] } {
  const title = findHook(located.root, I.title, { doc });
  return {
    read: () => ({ subject: null, customer: { name: inlineText(title?.el), email: null }, channel: null }),
    hooks: [hookStatus(I.title, title)],
  };
}

interface GroupInfo {
  kind: { role: Role; internal: boolean } | null;
  name: string | null;
  /** Avatar hint when the category is absent: admins have an image, users a colour. */
  avatarRole: Role | null;
  mask: number;
}

function groupInfo(group: Element, isPart: Predicate): GroupInfo {
  const s = scanner.scan(group, { stop: isPart });
  const category = attr(s, H.authorKind, 'data-part-group-category') ?? '';
  const style = attr(s, H.avatar, 'style') ?? '';
  return {
    kind: category in I.CATEGORY_ROLE ? I.CATEGORY_ROLE[category as keyof typeof I.CATEGORY_ROLE] : null,
    name: inlineText(s.best[H.authorName]),
    avatarRole: /background-image/.test(style) ? 'agent' : /background-color/.test(style) ? 'customer' : null,
    mask: s.mask,
  };
}

function closestGroup(part: Element, log: Element): Element | null {
  for (let el = part.parentElement; el && el !== log; el = el.parentElement) if (isGroup(el)) return el;
  return null;
}

function parse(item: Element, ctx: ParseContext): RawMessage {
  const group = closestGroup(item, ctx.located.log);
  let info = group ? (ctx.memo.get(group) as GroupInfo | undefined) : undefined;
  if (group && !info) ctx.memo.set(group, (info = groupInfo(group, ctx.located.isItem)));
  const s = scanner.scan(item);
  const note = has(s, H.note);
  const role: Role = note
    ? 'agent'
    : (info?.kind?.role ??
      (has(s, H.userEmail) ? 'customer' : has(s, H.adminEmail) ? 'agent' : (info?.avatarRole ?? 'customer')));
  return {
    ownId: attr(s, H.partId, 'data-part-id') || null,
    role,
    internal: note || (info?.kind?.internal ?? false),
    author: role === 'system' ? null : (info?.name ?? null),
    inherits: false,
    text: s.text ?? '',
    at: isoDateTime(attr(s, H.timestamp, 'datetime')),
    channel: has(s, H.userEmail) || has(s, H.adminEmail) ? 'email' : null,
    channelFallback: null,
    attachments: attachmentNames(s.all[H.attachment]),
    mask: s.mask | (info?.mask ?? 0),
    nested: s.nested,
  };
}

function resolve(raw: RawMessage, index: number, _prev: Message | null, m: Meta): Message {
  return {
    id: raw.ownId ?? `pos-${index + 1}`,
    role: raw.role,
    // Customer groups show no name in the stream; the header title names the customer.
    author: raw.author ?? (raw.role === 'customer' ? m.customer.name : null),
    internal: raw.internal,
    text: raw.text,
    at: raw.at,
    channel: raw.channel,
    attachments: raw.attachments,
  };
}

export const intercom: Adapter = {
  helpdesk: 'intercom',
  itemHooks: I.ITEM_HOOKS,
  watchedAttributes: I.WATCHED_ATTRIBUTES,
  locate,
  meta,
  parse,
  resolve,
  stillShown: (located) => located.root.isConnected && located.log.isConnected,
  composer: (doc) => {
    const scope = findHook(doc, I.conversation)?.el;
    return ((scope && findHook(scope, I.composer)) ?? findHook(doc, I.composer))?.el ?? null;
  },
};
