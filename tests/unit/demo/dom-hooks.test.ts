// The demo helpdesk's DOM contract: the hooks from ../shared/reference/helpdesk-dom.md that the
// extension's readers rely on must be on the demo's rendered items (Zendesk comment/event, Intercom part).
import { describe, expect, it } from 'vitest';
import { contentPart, partGroup } from '../../../demo/src/intercom/render';
import { paragraphsOf } from '../../../demo/src/shared/dom';
import { relativeLong, relativeShort } from '../../../demo/src/shared/time';
import { AGENT, TICKETS, type CommentItem } from '../../../demo/src/zendesk/conversation';
import { commentArticle, eventRow } from '../../../demo/src/zendesk/render';

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

describe('Intercom part group', () => {
  it('carries the group category, part hooks and body classes', () => {
    const group = partGroup('3', { name: 'Priya', kind: 'admin' });
    group.parts.appendChild(contentPart('3', { name: 'Priya', kind: 'admin' }, ['Hello', 'Sorry'], at));
    const element = group.element;
    expect(element.getAttribute('data-part-group-category')).toBe('3');
    expect(element.getAttribute('data-part-group-id')).toMatch(/\S/);
    const part = element.querySelector('[data-intercom-target="conversation-stream-content-part"][data-part-id]');
    expect(part?.classList.contains('group/content-part')).toBe(true);
    const paragraphs = part?.querySelectorAll(
      '.inbox2__renderable-part.inbox2__break-words .intercom-interblocks .intercom-interblocks-paragraph',
    );
    expect([...(paragraphs ?? [])].map((p) => p.textContent)).toEqual(['Hello', 'Sorry']);
    expect(part?.querySelector('time')?.getAttribute('datetime')).toBe(at.toISOString());
    expect(element.querySelector('[data-testid="admin-avatar-name"]')?.textContent).toBe('Priya');
    expect(element.querySelector('.inbox2__avatar')).not.toBeNull();
  });

  it('marks notes with .inbox2__note-part and users with no teammate name', () => {
    const note = contentPart('4', { name: 'Priya', kind: 'admin' }, ['FYI'], at);
    expect(note.querySelector('.inbox2__note-part')).not.toBeNull();
    const user = contentPart('1', { name: 'Marco Bellini', kind: 'user' }, ['Hi'], at);
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
  });
});
