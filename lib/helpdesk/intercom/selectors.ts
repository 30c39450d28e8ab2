import { hook } from '../hooks';

/**
 * Every Intercom Inbox selector, as ordered fallbacks, best first. The comment above each names its
 * evidence: a row of ../shared/reference/helpdesk-dom-2026.md ("2026") or helpdesk-dom.md ("Intercom
 * Inbox" table), and its confidence (comments, so evidence does not ship in the content script).
 * Intercom renamed `inbox2__` classes to `inbox-2__` in 2026 and both generations coexist, so every
 * class hook lists both; `data-*` hooks come first. Since mid-2026 the stream and the composer sit in
 * an open shadow root: page hooks marked "deep" are also looked for inside open shadow roots
 * (lib/helpdesk/deep.ts). Per-message hooks must be compound selectors (no combinators) so the
 * one-walk classifier can index them.
 */

// ── Page hooks ─────────────────────────────────────────────────────────────────────────────────

/** The open conversation's light-DOM anchor. Optional: the stream alone is enough to read. */
export const conversation = hook('conversation', false, [
  // 2026 row "conversation-space stays in the light DOM": Intercom Focus (high)
  '[data-intercom-target="conversation-space"]',
  // row "page layout" class (medium)
  '.inbox2__conversation-page',
  // row "inbox2__ → inbox-2__ rename" (medium)
  '.inbox-2__conversation-page',
]);

/** Shadow hosts known to hold the conversation: searched before the whole page is walked. */
export const shadowHost = hook('shadowHost', false, [
  // 2026 row "open shadow root attached to #teammate-app-react": Intercom Focus, a 2026 write-up (high)
  '#teammate-app-react',
]);

/** The stream of parts. Deep. */
export const stream = hook('stream', true, [
  // row "stream": public scripts (high)
  '[data-conversation-stream]',
  // 2026 row "stream": support-copilot-intercom 4.0.1 content.js (high)
  '[data-testid="conversation-stream-scroll-container"]',
  // support-copilot-intercom content.js stream fallbacks (medium)
  '[data-intercom-target-conversation-stream]',
  // same source, class generation of 2026 (medium)
  '.inbox-2__conversation-stream',
  // same source, older class generation (medium)
  '.inbox2__conversation-stream',
]);

/** Conversation id when the URL has none (the URL's /conversation/<id> comes first). */
export const conversationId = hook('conversationId', true, [
  // row "data-conversation-id on the page" (modeled)
  { css: '[data-conversation-id]', attr: 'data-conversation-id' },
]);

/**
 * A part's row or group: what holds its avatar and author name beside the part. Optional since 2026:
 * part groups are legacy and rows may carry only the part's entity id.
 */
export const partRow = hook('partRow', false, [
  // row "part groups and author kind": Support Copilot content.js (medium; legacy since 2026)
  '[data-part-group-id]',
  // 2026 row "its id sits on an ancestor [data-part-entity-id]": support-copilot-intercom 4.0.1 (medium)
  '[data-part-entity-id]',
]);

/** One part (bubble): the unit the reader caches. */
export const part = hook('part', true, [
  // row "one part (bubble) inside a group": public scripts (medium)
  '[data-intercom-target="conversation-stream-content-part"]',
  // row "one part (bubble)": public scripts (medium)
  '[data-part-id]',
  // 2026 row "one part: class group/content-part": support-copilot-intercom 3.1.0 (high)
  '[class~="group/content-part"]',
]);

/**
 * Header title: the conversation's title when it has one, else the customer's name; read as the customer's
 * name here, and told apart where the conversation is recorded (title.ts). Deep.
 */
export const title = hook('title', false, [
  // row "customer / title": Support Copilot (medium); its value "true" since 2026 (4.0.1): presence only.
  // 2026 row "Title [data-inbox-conversation-header-title] span": clockify reads it as the conversation's title
  '[data-inbox-conversation-header-title]',
  // row "customer / title": public script (medium); only inside the conversation (the inbox list has them too)
  'span.truncate[data-conversation-title]',
]);

/** The reply composer. Deep. */
export const composer = hook('composer', false, [
  // row "reply composer = ProseMirror": Support Copilot (medium wrapper); 2026: inside the shadow root
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

/**
 * Whether the composer writes a reply or a note: its selected Reply/Note tab. Looked for from the composer
 * outwards (`composer-mode.ts`), inside the shadow root with it. No public code reads these tabs.
 */
export const composerMode = hook('composerMode', false, [
  // row "Reply/Note tabs" (modeled, as in the demo): the tab's own value
  { css: '[data-composer-tab][aria-selected="true"]', attr: 'data-composer-tab' },
  // row "Reply/Note tabs" (modeled): any selected tab near the composer, by its label ("Reply", "Note")
  '[role="tab"][aria-selected="true"]',
]);

// ── Per-message hooks (row and part) ────────────────────────────────────────────────────────────

/** Author kind on the part group: 1 customer, 3 teammate, 5 bot, 20 system, 4 note. Legacy, never required. */
export const authorKind = hook('authorKind', false, [
  // row "part groups and author kind": Support Copilot CHANGELOG 2.0.0 (medium; 4 = note low); legacy per 3.1.0
  { css: '[data-part-group-category]', attr: 'data-part-group-category' },
]);

/** The teammate's (or bot's) name beside a part. */
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

/** Author classes on a part, its bubble or its avatar. */
export const userClass = hook('userClass', false, [
  // 2026 row "part and avatar classes such as o__user / o__admin / o__bot" (medium)
  '.o__user',
  // row "legacy inbox": .o__user-comment (low, historic)
  '.o__user-comment',
]);

export const adminClass = hook('adminClass', false, [
  // 2026 row "part and avatar classes such as o__user / o__admin / o__bot" (medium)
  '.o__admin',
  // row "legacy inbox": .o__admin-comment (low, historic)
  '.o__admin-comment',
]);

export const botClass = hook('botClass', false, [
  // 2026 row "part and avatar classes such as o__user / o__admin / o__bot" (medium)
  '.o__bot',
]);

export const body = hook('body', true, [
  // 2026 row "bodies": support-copilot-intercom 4.0.1 reads .interblocks-html (high)
  '.interblocks-html',
  // 2026 row "bodies": an older helper (medium)
  '.intercom-interblocks-html',
  // row "body": ShiftZen, Support Copilot (medium; "weak alone" per 2026)
  '.intercom-interblocks',
  // 2026 row "bodies" (medium)
  '.inbox-2__renderable-part',
  // row "body" (medium), older class generation
  '.inbox2__renderable-part',
  // 2026 row "bodies" (medium)
  '.inbox-2__break-words',
  // row "body" (medium), older class generation
  '.inbox2__break-words',
  // 2026 row "bodies": email parts (medium)
  '.inbox-2__user-email-content',
  // same, older class generation (support-copilot-intercom content.js)
  '.inbox2__user-email-content',
]);

export const note = hook('note', false, [
  // row "note": ShiftZen (medium)
  '.inbox2__note-part',
  // renamed class generation
  '.inbox-2__note-part',
  // legacy inbox's .conversation__text.o__note (low, historic)
  '.o__note',
]);

/** A system event part (assignment, hand-over). */
export const event = hook('event', false, [
  // 2026 row "note and event part classes" (modeled: the exact class is not in the evidence)
  '.inbox-2__event-part',
  // same, older class generation (modeled)
  '.inbox2__event-part',
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

/** The part's own id, read from the part element (else from its row's entity id). */
export const partId = hook('partId', false, [
  // row "one part (bubble)": data-part-id (medium)
  { css: '[data-part-id]', attr: 'data-part-id' },
  // support-copilot-intercom content.js reads dataset.intercomPartId (medium)
  { css: '[data-intercom-part-id]', attr: 'data-intercom-part-id' },
  // 2026 row "id on an ancestor [data-part-entity-id]", when the part itself carries it (medium)
  { css: '[data-part-entity-id]', attr: 'data-part-entity-id' },
]);

/**
 * Per-message hooks matched in the one walk of a part (and of its row). Compound selectors only.
 * `partRow` and `partId` are read from the part's ancestors and the part element itself, not walked.
 */
export const SCANNED_HOOKS = [
  authorKind,
  authorName,
  avatar,
  userClass,
  adminClass,
  botClass,
  body,
  note,
  event,
  adminEmail,
  userEmail,
  timestamp,
  attachment,
] as const;

/** Every per-message hook, for the diagnostic; `RawMessage.mask` bits follow this order. */
export const ITEM_HOOKS = [...SCANNED_HOOKS, partRow, partId] as const;

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

/**
 * Layout hints on a part's ancestors, when nothing names the author: support-copilot-intercom 3.1.0
 * reads teammate rows as right-aligned (justify-end, flex-row-reverse), customer rows as left-aligned
 * (justify-start), and `data-author-type`; "as of mid-2026 rows carry no alignment class" (4.0.1).
 */
export const LAYOUT_AGENT = ['justify-end', 'flex-row-reverse'];
export const LAYOUT_CUSTOMER = ['justify-start'];
export const AUTHOR_TYPE_ATTR = 'data-author-type';

/** Attributes in the stream whose changes are re-read. */
export const WATCHED_ATTRIBUTES = [
  'data-part-group-category',
  'datetime',
  'href',
  'hidden',
  'data-part-id',
  'data-part-entity-id',
  'download',
];
