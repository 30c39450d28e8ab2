import { hook } from '../hooks';

/**
 * Every Intercom Inbox selector, as ordered fallbacks, best first. The comment above each names its
 * evidence: the row of ../shared/reference/helpdesk-dom.md ("Intercom Inbox" table) and its
 * confidence (comments, so evidence does not ship in the content script). Intercom
 * renamed its `inbox2__` classes to `inbox-2__` in 2026 (Support Copilot CHANGELOG 3.1.0), so every
 * class hook lists both generations; `data-*` hooks come first. Per-message hooks must be compound
 * selectors (no combinators) so the one-walk classifier can index them.
 */

// ── Page hooks ─────────────────────────────────────────────────────────────────────────────────

/** The open conversation. Optional: the stream alone is enough to read. */
export const conversation = hook('conversation', false, [
  // row "page layout": Intercom Focus, ShiftZen (high)
  '[data-intercom-target="conversation-space"]',
  // row "page layout" class (medium)
  '.inbox2__conversation-page',
  // row "inbox2__ → inbox-2__ rename" (medium)
  '.inbox-2__conversation-page',
]);

export const stream = hook('stream', true, [
  // row "stream": public scripts (high)
  '[data-conversation-stream]',
  // row "stream": Support Copilot for Intercom content.js (medium)
  '[data-testid="conversation-stream-scroll-container"]',
]);

/** Conversation id when the URL has none (the URL's /conversation/<id> comes first). */
export const conversationId = hook('conversationId', true, [
  // row "data-conversation-id on the page" (modeled)
  { css: '[data-conversation-id]', attr: 'data-conversation-id' },
]);

export const partGroup = hook('partGroup', true, [
  // row "part groups and author kind": Support Copilot content.js (medium)
  '[data-part-group-id]',
]);

/** One part (bubble) inside a group: the unit the reader caches. */
export const part = hook('part', true, [
  // row "one part (bubble) inside a group": public scripts (medium)
  '[data-intercom-target="conversation-stream-content-part"]',
  // row "one part (bubble)": public scripts (medium)
  '[data-part-id]',
  // row "one part": Tailwind class per Support Copilot 3.1.0 (medium)
  '[class~="group/content-part"]',
]);

/** Header title: the customer's name in the conversation header. */
export const title = hook('title', false, [
  // row "customer / title": Support Copilot (medium); the header sits outside the conversation space
  { css: '[data-inbox-conversation-header-title]', scope: 'document' },
  // row "customer / title": public script (medium)
  'span.truncate[data-conversation-title]',
]);

export const composer = hook('composer', false, [
  // row "reply composer = ProseMirror": Support Copilot (medium wrapper)
  '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
  // row "reply composer": Swedish helper (medium wrapper)
  '.inbox2__composer__container .ProseMirror[contenteditable="true"]',
  // same, renamed class generation
  '.inbox-2__composer__container .ProseMirror[contenteditable="true"]',
  // row "reply composer": embercom-prosemirror-composer (high)
  '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
  // row "reply composer": ShiftZen (high)
  '.ProseMirror[contenteditable="true"][role="textbox"]',
]);

// ── Per-message hooks (group header and part) ───────────────────────────────────────────────────

/** Author kind on the part group: 1 customer, 3 teammate, 5 bot, 20 system, 4 note. */
export const authorKind = hook('authorKind', true, [
  // row "part groups and author kind": Support Copilot CHANGELOG 2.0.0 (medium; 4 = note low)
  { css: '[data-part-group-category]', attr: 'data-part-group-category' },
]);

export const authorName = hook('authorName', false, [
  // row "note / email parts / teammate name": ShiftZen (medium)
  '[data-testid="admin-avatar-name"]',
]);

export const avatar = hook('avatar', false, [
  // row "avatar" (medium)
  '.inbox2__avatar',
  // renamed class generation
  '.inbox-2__avatar',
]);

export const body = hook('body', true, [
  // row "body": ShiftZen, Support Copilot (medium)
  '.intercom-interblocks',
  // row "body" (medium)
  '.inbox2__renderable-part',
  // renamed class generation
  '.inbox-2__renderable-part',
  // row "body" (medium)
  '.inbox2__break-words',
  // renamed class generation
  '.inbox-2__break-words',
]);

export const note = hook('note', false, [
  // row "note": ShiftZen (medium)
  '.inbox2__note-part',
  // renamed class generation
  '.inbox-2__note-part',
]);

export const adminEmail = hook('adminEmail', false, [
  // row "email parts": ShiftZen (medium)
  '.inbox2__admin-email-part',
  // renamed class generation
  '.inbox-2__admin-email-part',
]);

export const userEmail = hook('userEmail', false, [
  // row "email parts": ShiftZen (medium)
  '.inbox2__user-email-part',
  // renamed class generation
  '.inbox-2__user-email-part',
]);

export const timestamp = hook('timestamp', false, [
  // row "<time datetime> in parts" (modeled)
  { css: 'time[datetime]', attr: 'datetime' },
]);

export const attachment = hook('attachment', false, [
  // modeled: no public evidence of Intercom attachment markup
  'a[download]',
]);

export const partId = hook('partId', false, [
  // row "one part (bubble)": data-part-id (medium)
  { css: '[data-part-id]', attr: 'data-part-id' },
]);

/** All per-message hooks; `RawMessage.mask` bits follow this order. */
export const ITEM_HOOKS = [
  authorKind,
  authorName,
  avatar,
  body,
  note,
  adminEmail,
  userEmail,
  timestamp,
  attachment,
  partId,
] as const;

/** Hooks whose content is not message text. */
export const NOT_TEXT = [authorName, avatar, timestamp, attachment];

/** `data-part-group-category` values → author kind. */
export const CATEGORY_ROLE = {
  '1': { role: 'customer', internal: false },
  '3': { role: 'agent', internal: false },
  '4': { role: 'agent', internal: true },
  '5': { role: 'bot', internal: false },
  '20': { role: 'system', internal: false },
} as const;

/** Attributes in the stream whose changes are re-read. */
export const WATCHED_ATTRIBUTES = [
  'data-part-group-category',
  'datetime',
  'href',
  'hidden',
  'data-part-id',
  'download',
];
