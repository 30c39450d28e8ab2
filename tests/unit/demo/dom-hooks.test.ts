// The demo helpdesk's DOM contract: the hooks from ../shared/reference/helpdesk-dom.md and
// helpdesk-dom-2026.md that the extension's readers rely on must be on the demo's rendered items (Zendesk
// comment/event, side conversation, "Show more", custom layout; Intercom part in both shapes). The 2026
// Intercom app as a whole (shadow root, switch, remount) is pinned in intercom-2026-app.test.ts.
import { describe, expect, it } from 'vitest';
import { partRow } from '../../../demo/src/intercom/render-2026';
import { contentPart, partGroup } from '../../../demo/src/intercom/render-legacy';
import type { StreamPart } from '../../../demo/src/intercom/thread';
import { paragraphsOf } from '../../../demo/src/shared/dom';
import { monthDayClock, relativeLong, relativeShort } from '../../../demo/src/shared/time';
import { TICKETS } from '../../../demo/src/zendesk/conversation';
import { showOlderItems, ticketLayout } from '../../../demo/src/zendesk/layout';
import { commentArticle, eventRow } from '../../../demo/src/zendesk/render';
import { RENEWAL_TICKET } from '../../../demo/src/zendesk/renewal-ticket';
import { AGENT, type CommentItem } from '../../../demo/src/zendesk/ticket';

const ticket = TICKETS[0]!;
const at = new Date('2026-03-04T09:12:00Z');

function comment(overrides: Partial<CommentItem>): CommentItem {
  return {
    kind: 'comment',
    role: 'end-user',
    author: ticket.requester,
    minutesAgo: 0,
    origin: 'EmailInteraction',
    via: 'via email',
    paragraphs: ['First line', 'Second line'],
    ...overrides,
  };
}

describe('Zendesk comment article', () => {
  it('carries the high-confidence hooks for an end-user email comment', () => {
    const article = commentArticle(comment({ envelope: { from: 'a', to: 'b' } }), at);
    expect(article.matches('article[data-test-id="omni-log-comment-item"]')).toBe(true);
    expect(article.getAttribute('aria-label')).toMatch(/^Message from Dana Whitfield, /);
    const link = article.querySelector(
      '[data-test-id="omni-log-item-sender"] a[data-test-id="omni-log-comment-user-link"] strong',
    );
    expect(link?.textContent).toBe('Dana Whitfield');
    expect(article.querySelector('[data-test-id="omni-log-comment-user-link"]')?.getAttribute('href')).toBe(
      `/agent/users/${ticket.requester.id}`,
    );
    const message = article.querySelector('[data-test-id="omni-log-item-message"]');
    expect(message?.getAttribute('type')).toBe('end-user');
    expect(message?.getAttribute('mode')).toBe('standalone');
    const content = message?.querySelector(
      '[data-test-id="omni-log-message-content"][data-originated-from="EmailInteraction"] .zd-comment',
    );
    expect([...(content?.querySelectorAll('p') ?? [])].map((p) => p.textContent)).toEqual([
      'First line',
      'Second line',
    ]);
    expect(article.querySelector('time[data-test-id="timestamp-relative"]')?.getAttribute('datetime')).toBe(
      at.toISOString(),
    );
    expect(article.querySelector('span[data-test-id="omni-log-item-via"]')?.textContent).toBe('via email');
    expect(
      article.querySelector('[data-test-id="ticket-conversation-event-message-envelope-container"]'),
    ).not.toBeNull();
    // The envelope sits outside the message element, so message text stays the customer's words.
    expect(message?.querySelector('[data-test-id="ticket-conversation-event-message-envelope-container"]')).toBeNull();
    expect(article.querySelector('svg[data-test-id="omni-log-avatar-badge-AgentBadge"]')).toBeNull();
  });

  it('marks agents with the badge and internal notes with the tag and label', () => {
    const reply = commentArticle(comment({ role: 'agent', author: AGENT, origin: 'WebInteraction' }), at);
    expect(
      reply.querySelector(
        'figure[data-test-id="omni-log-base-avatar"] svg[data-test-id="omni-log-avatar-badge-AgentBadge"]',
      ),
    ).not.toBeNull();
    const note = commentArticle(comment({ role: 'internal', author: AGENT }), at);
    expect(note.getAttribute('aria-label')).toMatch(/^Internal note from Sam Ortega, /);
    expect(note.querySelector('[data-test-id="omni-log-internal-note-tag"]')).not.toBeNull();
    expect(note.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type')).toBe('internal');
  });

  it('renders attachments with the token URL and never parses text as HTML', () => {
    const article = commentArticle(
      comment({
        paragraphs: ['<img src=x onerror=alert(1)>'],
        attachment: { name: 'receipt.pdf', token: 'abc', size: '1 KB' },
      }),
      at,
    );
    expect(article.querySelector('a[data-test-id="attachment-thumbnail"]')?.getAttribute('href')).toBe(
      '/attachments/token/abc/?name=receipt.pdf',
    );
    expect(article.querySelector('img')).toBeNull();
    expect(article.querySelector('.zd-comment p')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('gives each new comment a fresh id', () => {
    expect(commentArticle(comment({}), at).id).not.toBe(commentArticle(comment({}), at).id);
  });

  it('renders the system event row outside any comment article', () => {
    const row = eventRow({ kind: 'event', minutesAgo: 0, title: 'Ticket updated', changes: ['Priority changed'] }, at);
    expect(row.matches('[data-test-id="interaction-history-event"]')).toBe(true);
    expect(row.querySelector('article')).toBeNull();
  });
});

describe('Zendesk 2026 shapes', () => {
  it('renders a custom-layout ticket with the standard hooks inside, and "Show more" first in its log', () => {
    const layout = ticketLayout(RENEWAL_TICKET, true);
    const { root, log } = layout;
    expect(root.matches('div[data-test-id="ticket-4720-custom-layout"].ticket-panes-grid-layout')).toBe(true);
    expect(root.dataset.isActive).toBe('true');
    expect(root.querySelector<HTMLInputElement>('input[data-test-id="omni-header-subject"]')?.value).toBe(
      RENEWAL_TICKET.subject,
    );
    expect(root.querySelector('[data-test-id="omni-header-via-label"]')?.textContent).toBe('Messaging');
    expect(root.querySelector('[data-test-id="ticket-system-field-requester-select"]')).not.toBeNull();
    expect(
      root.querySelector(
        '[data-side-conversations-anchor-id="4720"] .conversation-polaris[data-ticket-id="4720"] [data-test-id="omni-log-container"]',
      ),
    ).toBe(log);
    expect(root.querySelector('[data-test-id="submit_button-button"]')).not.toBeNull();
    expect(log.firstElementChild?.matches('button[type="button"][data-test-id="convolog-show-more-button"]')).toBe(
      true,
    );
    expect(log.firstElementChild?.textContent).toBe('Show more');
    expect(ticketLayout(ticket, false).root.getAttribute('data-test-id')).toBe('ticket-4711-standard-layout');
    expect(ticketLayout(ticket, false).log.querySelector('[data-test-id="convolog-show-more-button"]')).toBeNull();
  });

  it('puts older items above the loaded ones and drops the button, as "Show more" does', () => {
    const layout = ticketLayout(RENEWAL_TICKET, true);
    const loaded = commentArticle(comment({}), at);
    layout.log.insertBefore(loaded, layout.endSentinel);
    const older = [commentArticle(comment({}), at), commentArticle(comment({}), at)];
    showOlderItems(layout, older);
    expect([...layout.log.children]).toEqual([layout.startSentinel, ...older, loaded, layout.endSentinel]);
    expect(layout.log.querySelector('[data-test-id="convolog-show-more-button"]')).toBeNull();
  });

  it('marks a side-conversation item by where it originated, for a person as well', () => {
    const side = RENEWAL_TICKET.items.find((item) => item.kind === 'comment' && item.sideConversation);
    const article = commentArticle(side as CommentItem, at);
    expect(article.matches('article[data-test-id="omni-log-comment-item"]')).toBe(true);
    const mark = article.querySelector('[data-test-id="omni-log-item-originated-from"] [aria-label]');
    expect(mark?.getAttribute('aria-label')).toMatch(/via side conversation/);
    expect(article.textContent).toContain('Side conversation');
    expect(article.textContent).toContain('To: Payments team');
  });

  it('renders messaging bubbles as span text, one with its time as text only, and a bot without the badge', () => {
    const [first, textTime, bot] = RENEWAL_TICKET.items as CommentItem[];
    const bubble = commentArticle(first!, at);
    const content = bubble.querySelector('[data-test-id="omni-log-message-content"]');
    expect(content?.querySelector('.zd-comment')).toBeNull();
    expect(content?.querySelector(':scope > span > span')?.textContent).toBe(first!.paragraphs[0]);
    expect(bubble.querySelector('[data-test-id="omni-log-item-via"]')?.textContent).toBe('via messaging');
    const time = commentArticle(textTime!, at).querySelector('time[data-test-id="timestamp-relative"]');
    expect(time?.hasAttribute('datetime')).toBe(false);
    expect(time?.textContent).toBe(monthDayClock(at));
    const botArticle = commentArticle(bot!, at);
    expect(bot!.author.name).toBe('Answer Bot');
    expect(botArticle.querySelector('[data-test-id="omni-log-item-message"]')?.getAttribute('type')).toBe('agent');
    expect(botArticle.querySelector('[data-test-id="omni-log-avatar-badge-AgentBadge"]')).toBeNull();
    expect(commentArticle(comment({ role: 'agent', author: AGENT }), at).querySelector('svg')).not.toBeNull();
  });
});

const part = (overrides: Partial<StreamPart>): StreamPart => ({
  id: '27781934013',
  category: '1',
  author: { name: 'Marco Bellini', kind: 'user' },
  paragraphs: ['Hello', 'Sorry'],
  at,
  ...overrides,
});
const priya = { name: 'Priya', kind: 'admin' } as const;

describe('Intercom 2026 part row', () => {
  const LEGACY = '[data-part-group-id], [data-part-group-category], [data-part-id], [data-intercom-target]';

  it('is one [data-part-entity-id] row: avatar, group/content-part, interblocks-html body, time', () => {
    const row = partRow(part({}));
    expect(row.getAttribute('data-part-entity-id')).toBe('27781934013');
    const avatar = row.querySelector(':scope > .inbox-2__avatar.o__user');
    expect(avatar?.getAttribute('aria-label')).toBe('Marco Bellini');
    expect(avatar?.getAttribute('style')).toMatch(/^background-color: /);
    const content = row.querySelector(':scope > .relative.flex.flex-col');
    expect(content?.classList.contains('group/content-part')).toBe(true);
    const paragraphs = content?.querySelectorAll(
      '.inbox-2__part-bubble .inbox-2__renderable-part.inbox-2__break-words .interblocks-html p',
    );
    expect([...(paragraphs ?? [])].map((p) => p.textContent)).toEqual(['Hello', 'Sorry']);
    expect(content?.querySelector('.inbox-2__part-metadata time')?.getAttribute('datetime')).toBe(at.toISOString());
    expect(row.querySelector('[data-testid="admin-avatar-name"]')).toBeNull();
  });

  it('carries no legacy group, category, part id or alignment class', () => {
    for (const category of ['1', '3', '5', '4', '20'] as const) {
      const row = partRow(part({ category, author: category === '1' ? part({}).author : priya }));
      expect(row.matches(LEGACY) || row.querySelector(LEGACY) !== null).toBe(false);
      const classes = [row, ...row.querySelectorAll('*')].flatMap((el) => [...el.classList]);
      expect(classes.filter((c) => /^(justify-|flex-row-reverse)/.test(c))).toEqual([]);
    }
  });

  it('tells teammates, Fin, notes and events apart by their avatar and part classes', () => {
    const teammate = partRow(part({ category: '3', author: priya }));
    expect(teammate.querySelector('.inbox-2__avatar.o__admin')?.getAttribute('aria-label')).toBe('Priya');
    expect(teammate.querySelector('[data-testid="admin-avatar-name"]')?.textContent).toBe('Priya');
    expect(teammate.querySelector('.inbox-2__part-metadata')?.textContent).toContain('· Seen');
    const fin = partRow(part({ category: '5', author: { name: 'Fin', kind: 'bot' } }));
    expect(fin.querySelector('.inbox-2__avatar.o__bot')?.getAttribute('aria-label')).toBe('Fin');
    expect(fin.querySelector('.inbox-2__part-metadata')?.textContent).toContain('AI Agent');
    const note = partRow(part({ category: '4', author: priya }));
    expect(note.querySelector('.inbox-2__avatar.o__admin')).not.toBeNull();
    expect(note.querySelector('.inbox-2__part-bubble.inbox-2__note-part')).not.toBeNull();
    expect(note.querySelector('.inbox-2__part-metadata')?.textContent).toContain('Note');
    const event = partRow(part({ category: '20', author: { name: 'Intercom', kind: 'system' } }));
    expect(event.querySelector('.inbox-2__avatar')).toBeNull();
    const eventPart = event.querySelector(':scope > .inbox-2__event-part');
    expect(eventPart?.classList.contains('group/content-part')).toBe(true);
    expect(eventPart?.querySelector('.inbox-2__renderable-part')?.textContent).toBe('Hello Sorry');
    expect(eventPart?.querySelector('time')?.getAttribute('datetime')).toBe(at.toISOString());
  });
});

describe('Intercom part group (light-DOM page)', () => {
  it('carries the group category, part hooks and body classes', () => {
    const group = partGroup('3', priya);
    group.parts.appendChild(contentPart(part({ category: '3', author: priya })));
    const element = group.element;
    expect(element.getAttribute('data-part-group-category')).toBe('3');
    expect(element.getAttribute('data-part-group-id')).toMatch(/\S/);
    const bubble = element.querySelector('[data-intercom-target="conversation-stream-content-part"][data-part-id]');
    expect(bubble?.classList.contains('group/content-part')).toBe(true);
    const paragraphs = bubble?.querySelectorAll(
      '.inbox2__renderable-part.inbox2__break-words .intercom-interblocks .intercom-interblocks-paragraph',
    );
    expect([...(paragraphs ?? [])].map((p) => p.textContent)).toEqual(['Hello', 'Sorry']);
    expect(bubble?.querySelector('time')?.getAttribute('datetime')).toBe(at.toISOString());
    expect(element.querySelector('[data-testid="admin-avatar-name"]')?.textContent).toBe('Priya');
    expect(element.querySelector('.inbox2__avatar')).not.toBeNull();
  });

  it('marks notes with .inbox2__note-part and users with no teammate name', () => {
    const note = contentPart(part({ category: '4', author: priya }));
    expect(note.querySelector('.inbox2__note-part')).not.toBeNull();
    expect(note.getAttribute('data-part-id')).toBe('27781934013');
    const user = contentPart(part({}));
    expect(user.querySelector('[data-testid="admin-avatar-name"]')).toBeNull();
  });
});

describe('demo helpers', () => {
  it('splits composer text into paragraphs', () => {
    expect(paragraphsOf('one\n\ntwo\n')).toEqual(['one', 'two']);
    expect(paragraphsOf('')).toEqual(['']);
  });

  it('formats relative times like the helpdesks', () => {
    const now = new Date('2026-03-04T12:00:00Z');
    expect(relativeLong(new Date('2026-03-04T09:00:00Z'), now)).toBe('3 hours ago');
    expect(relativeShort(new Date('2026-03-04T11:08:00Z'), now)).toBe('52m');
    expect(monthDayClock(new Date(2026, 1, 26, 23, 8))).toBe('Feb 26 23:08');
  });
});
