// Public reply or internal note, read from saved pages of both helpdesks (tests/fixtures/composer-mode and the
// reading fixtures, whose composers sit in public-reply mode).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composerMode } from '@/lib/helpdesk';
import { composerModeWith } from '@/lib/helpdesk/composer-mode';
import { zendesk } from '@/lib/helpdesk/zendesk/reader';
import { FIXTURES, parse } from './load';

const ZENDESK = 'https://acme.zendesk.com/agent/tickets/4211';
const INTERCOM = 'https://app.eu.intercom.com/a/inbox/k2x9q/inbox/shared/all/conversation/880041';
const page = (path: string) => parse(readFileSync(join(FIXTURES, path), 'utf8'));

/** The first element matching `css` inside the 2026 shadow root. */
function shadowQuery(doc: Document, css: string): Element | null {
  return doc.querySelector('#teammate-app-react')?.shadowRoot?.querySelector(css) ?? null;
}

describe('composerMode', () => {
  it.each([
    ['zendesk/email-ticket.html', ZENDESK],
    ['zendesk/messaging-ticket.html', 'https://acme.zendesk.com/agent/tickets/5120'],
    ['intercom/2026-shadow-root.html', INTERCOM],
  ])('%s: a public reply', (path, url) => {
    const doc = page(path);
    // The fixture's own URL: the reading fixtures name it beside the page.
    const own = (JSON.parse(readFileSync(join(FIXTURES, path.replace(/html$/, 'json')), 'utf8')) as { url: string })
      .url;
    expect(composerMode(doc, own ?? url)).toBe('public');
  });

  it('zendesk: the active ticket’s internal note, not the inactive ticket’s public reply mounted before it', () => {
    expect(composerMode(page('composer-mode/zendesk-internal-note.html'), ZENDESK)).toBe('internal');
  });

  it('zendesk: without data-channel, the aria-label decides, then the switcher’s text', () => {
    const doc = page('composer-mode/zendesk-label-only.html');
    expect(composerMode(doc, ZENDESK)).toBe('public'); // "Email"
    const switcher = doc.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.removeAttribute('aria-label');
    switcher.textContent = 'Internal note';
    expect(composerMode(doc, ZENDESK)).toBe('internal');
  });

  it('intercom 2026: the selected tab beside the composer, inside the shadow root, not the page’s own tabs', () => {
    const doc = page('composer-mode/intercom-2026-note.html');
    expect(composerMode(doc, INTERCOM)).toBe('internal');
    shadowQuery(doc, '[role="tab"][aria-selected="true"]')!.setAttribute('aria-selected', 'false');
    shadowQuery(doc, '[role="tab"]')!.setAttribute('aria-selected', 'true'); // Reply
    expect(composerMode(doc, INTERCOM)).toBe('public');
  });

  it('cannot tell (null) without a composer, without a mode control, or off the helpdesks', () => {
    expect(composerMode(page('intercom/inbox-list.html'), INTERCOM)).toBeNull();
    const doc = page('composer-mode/zendesk-internal-note.html');
    expect(composerMode(doc, 'https://example.com/agent/tickets/4211')).toBeNull();
    for (const el of doc.querySelectorAll('[data-test-id="omnichannel-channel-switcher-button"]')) el.remove();
    expect(composerMode(doc, ZENDESK)).toBeNull();
  });

  it('reads with the adapter given (a content script has its own helpdesk’s only)', () => {
    expect(composerModeWith(page('composer-mode/intercom-2026-note.html'), INTERCOM, zendesk)).toBeNull();
    expect(composerModeWith(page('composer-mode/zendesk-internal-note.html'), ZENDESK, zendesk)).toBe('internal');
    expect(composerModeWith(page('composer-mode/zendesk-internal-note.html'), ZENDESK, undefined)).toBeNull();
  });
});
