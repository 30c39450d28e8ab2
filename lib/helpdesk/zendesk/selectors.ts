import { hook } from '../hooks';

/**
 * Every Zendesk Agent Workspace selector, as ordered fallbacks, best first. The comment above each
 * names its evidence: the row of ../shared/reference/helpdesk-dom.md ("Zendesk Agent Workspace"
 * table) and its confidence. Evidence stays in comments so it does not ship in the content script.
 * `{id}` is the ticket id from the URL. Per-message hooks must be compound selectors (no
 * combinators) so the one-walk classifier can index them; keying them on data-test-id keeps that
 * walk at about one attribute read per element.
 */

// ── Page hooks (looked up once per read) ────────────────────────────────────────────────────────

/**
 * The active ticket. Other open tickets stay mounted, hidden, with data-is-active="false". Accounts
 * with a custom ticket layout render `…-custom-layout` roots, read exactly like standard ones.
 */
export const activeTicket = hook('activeTicket', true, [
  // row "active ticket root": ALT Copilot userscript (high)
  '[data-test-id^="ticket-"][data-test-id$="-standard-layout"][data-is-active="true"]',
  // 2026 row "custom ticket layout": Automattic/support-toolkit design specs 2026-06/07 (high)
  '[data-test-id^="ticket-"][data-test-id$="-custom-layout"][data-is-active="true"]',
  // row "active ticket root": public script (high)
  'div[data-test-id^="ticket-"][data-is-active="true"]',
  // row "active ticket root" test-id + the URL's id (modeled): for pages without any active flag;
  // roots flagged inactive are refused
  '[data-test-id="ticket-{id}-standard-layout"]',
  // the same for a custom layout (2026 row "custom ticket layout", modeled without the flag)
  '[data-test-id="ticket-{id}-custom-layout"]',
  // row "per-ticket conversation root": liferay src/main.ts, toggl zendesk.js (high)
  '[data-side-conversations-anchor-id="{id}"]',
]);

/** Ticket id, read from the digits of the attribute (the URL id is the last resort). */
export const ticketId = hook('ticketId', true, [
  // row "per-ticket conversation root" (high)
  { css: '[data-side-conversations-anchor-id]', attr: 'data-side-conversations-anchor-id' },
  // row "active ticket root" (high)
  { css: '[data-test-id$="-standard-layout"]', attr: 'data-test-id' },
  // 2026 row "custom ticket layout" (high)
  { css: '[data-test-id$="-custom-layout"]', attr: 'data-test-id' },
  // row "log wrapper" (high for the attribute)
  { css: '[data-ticket-id]', attr: 'data-ticket-id' },
]);

export const log = hook('log', true, [
  // row "conversation log": liferay src/permalink.ts, many (high)
  '[data-test-id="omni-log-container"]',
  // row "log wrapper": public scripts (high), when the log is mounted outside the ticket root
  { css: '[data-ticket-id="{id}"] [data-test-id="omni-log-container"]', scope: 'document' },
  // row "log wrapper" class (medium)
  { css: '.conversation-polaris[data-ticket-id="{id}"] [role="log"]', scope: 'document' },
]);

/** One comment/message in the log. */
export const item = hook('item', true, [
  // row "one log item": liferay, ALT Copilot, DeepL (high)
  'article[data-test-id="omni-log-comment-item"]',
  // same test-id if the element stops being an <article>
  '[data-test-id="omni-log-comment-item"]',
]);

/** System/audit rows in the log (status changes…). Optional: a ticket may have none. */
export const systemEvent = hook('systemEvent', false, [
  // row "system/audit event row": one Playwright scraper (low, modeled)
  '[data-test-id="interaction-history-event"]',
]);

/**
 * "Show more": older comments are not loaded. Only loaded comments can be read, so the panel says so;
 * Steadyhand never clicks it.
 */
export const showMore = hook('showMore', false, [
  // 2026 row "older comments hide behind": holatuwol/liferay-zendesk-userscript src/permalink.ts (high)
  'button[data-test-id="convolog-show-more-button"]',
  // same test-id if the element stops being a <button>
  '[data-test-id="convolog-show-more-button"]',
]);

export const subject = hook('subject', false, [
  // row "subject": liferay src/priority.ts, toggl (high)
  'input[data-test-id="omni-header-subject"]',
  // row "subject": aria-label on the same input (high, English UI only)
  'input[aria-label="Subject"]',
]);

export const channel = hook('channel', false, [
  // row "ticket channel": liferay src/description.ts (medium)
  '[data-test-id="omni-header-via-label"]',
]);

export const requester = hook('requester', false, [
  // row "requester": Playwright/Selenium scripts (high)
  '[data-test-id="ticket-system-field-requester-select"]',
]);

export const composer = hook('composer', false, [
  // row "reply composer = CKEditor 5": liferay src/reply.ts, DeepL bundle (high)
  '.ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  // row "composer variant on messaging tickets": ALT Copilot (medium)
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  // row "reply composer": wrapper test-id (high)
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"][role="textbox"]',
  // row "reply composer": editor-view wrapper (high)
  '[data-test-id="editor-view"] [contenteditable="true"]',
]);

/**
 * Whether the composer writes a public reply or an internal note: the channel switcher beside it, whose
 * value names the channel ("web", "email", "messaging"… for a reply; "internal" for a note). Looked for
 * from the composer outwards (`composer-mode.ts`), so an inactive ticket's switcher is never read.
 */
export const composerMode = hook('composerMode', false, [
  // row "public reply ↔ internal note": liferay src/internal.ts reads data-channel="web" (medium)
  { css: 'button[data-test-id="omnichannel-channel-switcher-button"][data-channel]', attr: 'data-channel' },
  // same row: automation scripts read its aria-label ("Email", "Public reply"; "Internal note" modeled) (medium)
  { css: '[data-test-id="omnichannel-channel-switcher-button"][aria-label]', attr: 'aria-label' },
  // same row: Playwright scripts click it, then the text "Internal note" (high for the test-id; text English only)
  '[data-test-id="omnichannel-channel-switcher-button"]',
]);

// ── Per-message hooks (matched in one walk of each message) ─────────────────────────────────────

export const messageType = hook('messageType', true, [
  // row "role discriminator": Zendesk Auto Translator, liferay src/description.ts (high)
  { css: '[data-test-id="omni-log-item-message"][type]', attr: 'type' },
]);

export const internalNoteTag = hook('internalNoteTag', false, [
  // row "internal-note marker": liferay src/internal.ts (high)
  '[data-test-id="omni-log-internal-note-tag"]',
]);

export const userLink = hook('userLink', false, [
  // row "author": user-link in public scripts (high)
  'a[data-test-id="omni-log-comment-user-link"]',
]);

export const sender = hook('sender', false, [
  // row "author": liferay src/attachments.ts (div since 2024) (high)
  '[data-test-id="omni-log-item-sender"]',
]);

export const body = hook('body', true, [
  // row "body": many (high)
  '[data-test-id="omni-log-message-content"]',
  // Tag-qualified (Zendesk renders <div class="zd-comment">): no class read on every element.
  // row "body": .zd-comment on email/web comments (medium)
  'div.zd-comment',
]);

export const originatedFrom = hook('originatedFrom', false, [
  // row "body": origin values on the message content, per Frustration Meter (medium)
  { css: '[data-test-id="omni-log-message-content"][data-originated-from]', attr: 'data-originated-from' },
]);

/**
 * Where an item came from. A side conversation (with a third party, not the customer) holds an element
 * whose aria-label says so: those items are left out of the conversation with the customer.
 */
export const originLabel = hook('originLabel', false, [
  // 2026 row "side conversations": Automattic/support-toolkit extension/zd-styling.js (high)
  '[data-test-id="omni-log-item-originated-from"]',
]);

/** Inside `originLabel`: the mark of a side conversation (zd-styling.js matches "via side conversation"). */
export const SIDE_CONVERSATION = '[aria-label*="side conversation"]';

export const via = hook('via', false, [
  // row "channel per item": jQuery chat styler (medium)
  'span[data-test-id="omni-log-item-via"]',
  // row "channel per item": ZD Styling (medium)
  '[data-test-id="omni-log-item-originated-from"]',
]);

/**
 * The time. Messaging bubbles may show it only as text ("Feb 26 23:08", no datetime: 2026 row, Frustration
 * Meter getTimestamp): then the message has no time, which is not an error.
 */
export const timestamp = hook('timestamp', false, [
  // row "timestamp": DeepL bundle (high)
  { css: 'time[data-test-id="timestamp-relative"][datetime]', attr: 'datetime' },
  // row "timestamp" (high)
  { css: 'time[data-test-id="timestamp-absolute"][datetime]', attr: 'datetime' },
  // any <time datetime> in the item (modeled)
  { css: 'time[datetime]', attr: 'datetime' },
]);

/** Any time element: never message text, whether or not it carries a datetime. */
export const timeLabel = hook('timeLabel', false, [
  // row "timestamp": any <time> element (high)
  'time',
  // 2026 row "time only as text": Frustration Meter reads the text of timestamp-relative (medium)
  '[data-test-id="timestamp-relative"]',
  // row "timestamp" (high)
  '[data-test-id="timestamp-absolute"]',
]);

export const attachment = hook('attachment', false, [
  // row "attachments": liferay src/attachments.ts (medium)
  'a[data-test-id="attachment-thumbnail"]',
  // row "attachments": liferay, scraper (medium)
  'a.attachment',
  // row "attachments": URL shape /attachments/token/{token}/?name= (medium)
  'a[href*="/attachments/token/"]',
]);

export const envelope = hook('envelope', false, [
  // row "email envelope": liferay 7c9e11c (medium)
  '[data-test-id="ticket-conversation-event-message-envelope-container"]',
]);

export const readReceipt = hook('readReceipt', false, [
  // row "read receipts": transcript extractor (medium)
  '[data-test-id="convo-log-item-read-indicator"]',
  // row "read receipts" (medium)
  '[data-test-id="convo-log-item-delivered-indicator"]',
]);

export const avatar = hook('avatar', false, [
  // row "avatar; agent badge": public scripts (medium)
  'figure[data-test-id="omni-log-base-avatar"]',
]);

export const agentBadge = hook('agentBadge', false, [
  // row "agent badge (absent on end-users)" (medium)
  '[data-test-id="omni-log-avatar-badge-AgentBadge"]',
]);

/** Zendesk's own bot/AI agent. `type="bot"` is in one script only; the badge name is modeled. */
export const botBadge = hook('botBadge', false, [
  // modeled on the AgentBadge naming (low)
  '[data-test-id^="omni-log-avatar-badge-"][data-test-id*="Bot"]',
]);

export const commentId = hook('commentId', false, [
  // Zendesk legacy table: div[data-comment-id] (medium, historic); on Workspace items: modeled
  { css: '[data-test-id="omni-log-comment-item"][data-comment-id]', attr: 'data-comment-id' },
]);

/** All per-message hooks; `RawMessage.mask` bits follow this order. */
export const ITEM_HOOKS = [
  messageType,
  internalNoteTag,
  userLink,
  sender,
  body,
  originatedFrom,
  via,
  timestamp,
  attachment,
  envelope,
  readReceipt,
  avatar,
  agentBadge,
  botBadge,
  commentId,
  systemEvent,
  originLabel,
  timeLabel,
] as const;

/** Hooks whose content is not message text: names, labels, times, envelope lines, files, receipts. */
export const NOT_TEXT = [
  userLink,
  sender,
  via,
  timestamp,
  attachment,
  envelope,
  readReceipt,
  avatar,
  internalNoteTag,
  originLabel,
  timeLabel,
];

/** "Message from X, …" article labels: the author of grouped bubbles that have no sender header. */
export const ARIA_AUTHOR: readonly RegExp[] = [
  // row "author fallback": scraper /from\s+(.+?),/ (medium, exact wording modeled)
  /^(?:Message|Internal note|Comment|Note) from (.+?),/,
  // row "author fallback": pt-BR userscript "Mensagem de X, por …"
  /^(?:Mensagem|Nota interna) de (.+?),/,
];

/** Message `type` values → role. `bot` is unconfirmed (one script) but unambiguous when present. */
export const TYPE_ROLE = { 'end-user': 'customer', agent: 'agent', internal: 'agent', bot: 'bot' } as const;

/** Attributes in the log whose changes are re-read. */
export const WATCHED_ATTRIBUTES = [
  'type',
  'datetime',
  'data-test-id',
  'aria-label',
  'href',
  'hidden',
  'data-originated-from',
];
