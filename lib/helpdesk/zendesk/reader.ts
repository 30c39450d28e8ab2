import { type Message, type Role } from '@/lib/conversation';
import { Classifier, compileAny, compileHook } from '../classify';
import { findHook, hook, hookStatus, type HookStatus } from '../hooks';
import { type ScanPlan, type ScanResult, Scanner } from '../scan';
import { inlineText } from '../text';
import {
  type Adapter,
  type Locate,
  type Meta,
  type ParseContext,
  type RawMessage,
  type Resolved,
  type RoleHint,
} from '../types';
import { pageOf } from '../url';
import { attachmentNames, channelFromLabel, channelFromOrigin, isoDateTime, personField } from '../values';
import * as Z from './selectors';

const H = Object.fromEntries(Z.ITEM_HOOKS.map((h, i) => [h.name, i])) as Record<
  (typeof Z.ITEM_HOOKS)[number]['name'],
  number
>;

/** Any node that could be listed as a message (comment item or system event), to notice nesting. */
const MESSAGE = hook('message', false, [...Z.item.selectors, ...Z.systemEvent.selectors]);

const PLAN: ScanPlan = {
  classifier: new Classifier([...Z.ITEM_HOOKS, MESSAGE]),
  exclude: Z.NOT_TEXT.map((h) => Z.ITEM_HOOKS.indexOf(h)),
  body: H.body,
  multi: [H.attachment],
  message: Z.ITEM_HOOKS.length,
};
const scanner = new Scanner(PLAN);

const has = (s: ScanResult, h: number): boolean => (s.mask & (1 << h)) !== 0;
const attr = (s: ScanResult, h: number, name: string): string | null => s.best[h]?.getAttribute(name) ?? null;

const isSystemEvent = compileHook(Z.systemEvent);

/** Inactive tickets stay mounted: a candidate inside a root flagged inactive is not the shown ticket. */
function isInactive(el: Element): boolean {
  return el.closest('[data-is-active="false"]') !== null;
}

function activeRoot(doc: Document, urlId: string | null): { el: Element; fallback: number } | null {
  for (const [i, s] of Z.activeTicket.selectors.entries()) {
    if (s.css.includes('{id}') && urlId === null) continue;
    const css = s.css.replaceAll('{id}', urlId ?? '');
    // querySelector first: it stops at the (usually only) match instead of walking every ticket.
    const first = doc.querySelector(css);
    if (!first) continue;
    if (!isInactive(first)) return { el: first, fallback: i };
    for (const el of doc.querySelectorAll(css)) if (!isInactive(el)) return { el, fallback: i };
  }
  return null;
}

function idFrom(root: Element): { id: string; fallback: number } | null {
  for (const [i, s] of Z.ticketId.selectors.entries()) {
    const el = root.matches(s.css) ? root : root.querySelector(s.css);
    const digits = /\d+/.exec((s.attr && el?.getAttribute(s.attr)) || '')?.[0];
    if (digits) return { id: digits, fallback: i };
  }
  return null;
}

function locate(doc: Document, url: string): Locate {
  const urlId = pageOf(url)?.conversationId ?? null;
  const root = activeRoot(doc, urlId);
  if (!root) {
    const hooks = [hookStatus(Z.activeTicket, null)];
    // No active ticket and the URL names none: a dashboard or view, not an unreadable ticket.
    return urlId === null ? { kind: 'none', hooks } : { kind: 'missing', missing: [Z.activeTicket.name], hooks };
  }
  const own = idFrom(root.el);
  const id = own?.id ?? urlId;
  const hooks = [hookStatus(Z.activeTicket, root), hookStatus(Z.ticketId, own)];
  if (id === null) return { kind: 'missing', missing: [Z.ticketId.name], hooks };
  const log = findHook(root.el, Z.log, { id, doc });
  hooks.push(hookStatus(Z.log, log));
  if (!log) return { kind: 'missing', missing: [Z.log.name], hooks };
  const itemIndex = Z.item.selectors.findIndex((s) => log.el.querySelector(s.css) !== null);
  hooks.push(hookStatus(Z.item, itemIndex < 0 ? null : { fallback: itemIndex }));
  if (itemIndex < 0) return { kind: 'missing', missing: [Z.item.name], hooks };
  const itemSelectors = [Z.item.selectors[itemIndex]!.css, ...Z.systemEvent.selectors.map((s) => s.css)];
  const itemCss = itemSelectors.join(', ');
  const isItem = compileAny(itemSelectors);
  const watch = [
    ...rootWatch(root.el),
    ...(log.el.parentNode ? [{ target: log.el.parentNode, options: { childList: true } }] : []),
  ];
  return {
    kind: 'found',
    located: { id, root: root.el, log: log.el, itemCss, isItem, hooks, watch, shadowPath: [] },
  };
}

/** Tab switches flip data-is-active on mounted tickets; opening/closing one changes their parent. */
function rootWatch(root: Element): { target: Node; options: MutationObserverInit }[] {
  const parent = root.parentElement;
  if (!parent) return [{ target: root, options: { attributes: true, attributeFilter: ['data-is-active'] } }];
  const flagged = Array.from(parent.children).filter((c) => c.hasAttribute('data-is-active'));
  return [
    { target: parent, options: { childList: true } },
    ...flagged.map((c) => ({ target: c as Node, options: { attributes: true, attributeFilter: ['data-is-active'] } })),
  ];
}

function meta(_doc: Document, located: { root: Element }): { read: () => Meta; hooks: HookStatus[] } {
  const subject = findHook(located.root, Z.subject);
  const channel = findHook(located.root, Z.channel);
  const requester = findHook(located.root, Z.requester);
  const read = (): Meta => {
    const input = subject?.el as HTMLInputElement | undefined;
    // The input's live value: agents edit the subject in place.
    const text = (input?.value ?? input?.getAttribute('value') ?? '').trim();
    return {
      subject: text === '' ? null : text,
      customer: personField(requester?.el),
      channel: channelFromLabel(inlineText(channel?.el)),
    };
  };
  return {
    read,
    hooks: [hookStatus(Z.subject, subject), hookStatus(Z.channel, channel), hookStatus(Z.requester, requester)],
  };
}

function ariaAuthor(item: Element): string | null {
  const label = item.getAttribute('aria-label');
  if (!label) return null;
  for (const pattern of Z.ARIA_AUTHOR) {
    const name = pattern.exec(label)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

/**
 * A message's role from a chain of hints: the message `type` (internal notes and trigger-sent comments
 * first), then the avatar badges (an avatar without the agent badge is an end-user's: Frustration
 * Meter), else unknown, read as the customer and reported as `none`. Bots have no DOM marker: they are
 * recognised by name when the message is resolved.
 */
function roleOf(s: ScanResult, type: string | null, origin: string | null): { role: Role; hint: RoleHint } {
  if (type === 'internal') return { role: 'agent', hint: 'type' };
  if (has(s, H.internalNoteTag)) return { role: 'agent', hint: 'note-tag' };
  // Trigger-sent comments and bot badges are automated, even under an agent type.
  const automated: RoleHint | null = has(s, H.botBadge) ? 'bot-badge' : origin === 'Trigger' ? 'trigger' : null;
  if (type !== null && type in Z.TYPE_ROLE) {
    const role = Z.TYPE_ROLE[type as keyof typeof Z.TYPE_ROLE];
    return role === 'agent' && automated ? { role: 'bot', hint: automated } : { role, hint: 'type' };
  }
  if (automated) return { role: 'bot', hint: automated };
  if (has(s, H.agentBadge)) return { role: 'agent', hint: 'agent-badge' };
  if (has(s, H.avatar)) return { role: 'customer', hint: 'avatar' };
  return { role: 'customer', hint: 'none' };
}

/** Left out: a side conversation (with a third party, never the customer). */
function isSideConversation(s: ScanResult): boolean {
  const label = s.best[H.originLabel];
  return (
    label !== undefined && (label.matches(Z.SIDE_CONVERSATION) || label.querySelector(Z.SIDE_CONVERSATION) !== null)
  );
}

function parse(item: Element): RawMessage {
  const system = isSystemEvent(item);
  const s = scanner.scan(item, { captureRoot: system });
  const at = isoDateTime(attr(s, H.timestamp, 'datetime'));
  const ownId = attr(s, H.commentId, 'data-comment-id') || null;
  if (system) {
    const text = s.text ?? '';
    return {
      ownId,
      role: 'system',
      roleHint: 'event',
      skip: false,
      internal: false,
      author: null,
      inherits: false,
      text,
      at,
      channel: null,
      channelFallback: null,
      attachments: [],
      mask: s.mask,
      nested: s.nested,
    };
  }
  const type = attr(s, H.messageType, 'type');
  const origin = attr(s, H.originatedFrom, 'data-originated-from');
  const author = inlineText(s.best[H.userLink]) ?? inlineText(s.best[H.sender]) ?? ariaAuthor(item);
  const { role, hint } = roleOf(s, type, origin);
  return {
    ownId,
    role,
    roleHint: hint,
    skip: isSideConversation(s),
    internal: type === 'internal' || has(s, H.internalNoteTag),
    author,
    inherits: !has(s, H.userLink) && !has(s, H.sender),
    text: s.text ?? '',
    at,
    channel: channelFromLabel(inlineText(s.best[H.via])),
    channelFallback: channelFromOrigin(origin),
    attachments: attachmentNames(s.all[H.attachment]),
    mask: s.mask,
    nested: s.nested,
  };
}

function resolve(raw: RawMessage, prev: Message | null, _meta: Meta, ctx: ParseContext): Resolved {
  // Grouped messaging bubbles have no sender header (nor "via" label): they continue the bubble
  // before them, if it has the same role (a bot's bubbles continue the bot's).
  const sameRole = prev !== null && (prev.role === raw.role || (prev.role === 'bot' && raw.role === 'agent'));
  const group = raw.inherits && sameRole ? prev : null;
  const author = raw.author ?? group?.author ?? null;
  // Bots have no DOM marker: a name on the user's list makes the author a bot (never the text).
  const bot = raw.role !== 'system' && raw.role !== 'bot' && ctx.isBotName(author);
  return {
    message: {
      role: bot ? 'bot' : raw.role,
      author,
      internal: raw.internal,
      text: raw.text,
      at: raw.at,
      channel: raw.channel ?? group?.channel ?? raw.channelFallback,
      attachments: raw.attachments,
    },
    roleHint: bot ? 'bot-name' : raw.roleHint,
  };
}

function stillShown(located: { root: Element; log: Element }): boolean {
  return located.root.isConnected && located.log.isConnected && !isInactive(located.root);
}

/** The composer inside the active ticket: inactive tickets keep their own composers mounted. */
function composer(doc: Document, url: string): Element | null {
  const root = activeRoot(doc, pageOf(url)?.conversationId ?? null);
  return root ? (findHook(root.el, Z.composer)?.el ?? null) : null;
}

export const zendesk: Adapter = {
  helpdesk: 'zendesk',
  itemHooks: Z.ITEM_HOOKS,
  watchedAttributes: Z.WATCHED_ATTRIBUTES,
  earlier: Z.showMore,
  locate,
  meta,
  parse: (item) => parse(item),
  resolve,
  stillShown,
  composer,
  modeHook: Z.composerMode,
};
