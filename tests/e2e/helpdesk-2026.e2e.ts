// Issue 10 in a real browser: the 2026 Intercom page (conversation and composer inside the open shadow
// root of #teammate-app-react) and Zendesk's custom ticket layout, read, followed, switched and written
// into, with the panel beside them; the light-DOM Intercom page still read.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSession } from '../../scripts/lib/demo-session';
import type { LaunchedExtension } from '../../scripts/lib/launch';
import { demo, openDemoPath as open } from './support/demo-api';

const latest = (panel: Page) => panel.getByLabel('Latest customer message');

describe('Intercom 2026: conversation and composer inside a shadow root', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await open('/intercom/a/inbox/demo/inbox/conversation/215')));
  afterAll(() => ext?.close());

  it('is read from the shadow root, with the guidance for it', async () => {
    const { page, panel } = session;
    // The conversation really is out of the document's reach: only the shadow root holds it.
    expect(await page.evaluate(() => document.querySelector('[class~="group/content-part"]'))).toBeNull();
    await panel.getByRole('heading', { name: /Marco Bellini/ }).waitFor();
    await panel.getByRole('region', { name: 'Offer Solutions & Options' }).waitFor();
    expect(await latest(panel).innerText()).toMatch(/money back/);
  });

  it('follows a message appended inside the shadow root', async () => {
    const { page, panel } = session;
    const text = `Still waiting on that parcel (e2e ${Date.now()})`;
    await demo(page, 'appendCustomerMessage', text);
    await latest(panel).filter({ hasText: text }).waitFor();
  });

  it('inserts a phrase with key 1 into the ProseMirror editor inside the shadow root, never sending', async () => {
    const { page, panel } = session;
    const first = panel
      .getByRole('list', { name: /^Phrases for / })
      .getByRole('listitem')
      .first();
    await first.waitFor();
    await panel.bringToFront();
    await panel.keyboard.press('1');
    await panel.getByRole('status').filter({ hasText: 'Inserted into the reply' }).waitFor();
    // ProseMirror's own document, not the DOM, holds the phrase.
    const text = await demo<string>(page, 'editorText');
    expect(text.length).toBeGreaterThan(10);
    expect(text).not.toContain('{{');
    expect(await demo<number>(page, 'submitCount')).toBe(0);
  });

  it('re-attaches when the app remounts its host, without a reload', async () => {
    const { page, panel } = session;
    await demo(page, 'remountApp');
    await demo(page, 'whenLoaded');
    const text = `After the remount (e2e ${Date.now()})`;
    await demo(page, 'appendCustomerMessage', text);
    await latest(panel).filter({ hasText: text }).waitFor();
  });

  it('follows a switch to another conversation', async () => {
    const { page, panel } = session;
    await demo(page, 'switchConversation', 216);
    await panel.getByRole('heading', { name: /Aiko Tanaka/ }).waitFor();
    expect(page.url()).toMatch(/\/conversation\/216$/);
    expect(await panel.getByRole('heading', { name: /Marco Bellini/ }).count()).toBe(0);
  });
});

describe('Intercom light-DOM page (before mid-2026)', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await open('/intercom/a/inbox/legacy/inbox/conversation/215')));
  afterAll(() => ext?.close());

  it('is still read and followed', async () => {
    const { page, panel } = session;
    await panel.getByRole('heading', { name: /Marco Bellini/ }).waitFor();
    const text = `Legacy page follow-up (e2e ${Date.now()})`;
    await demo(page, 'appendCustomerMessage', text);
    await latest(panel).filter({ hasText: text }).waitFor();
  });
});

describe('Zendesk custom ticket layout', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await open('/zendesk/agent/tickets/4720')));
  afterAll(() => ext?.close());

  it('is read like a standard layout, without the side conversation, saying older messages are not loaded', async () => {
    const { page, panel } = session;
    const count = await page.evaluate(
      () =>
        document.querySelectorAll('[data-test-id="ticket-4720-custom-layout"] [data-test-id="omni-log-comment-item"]')
          .length,
    );
    const note = panel.getByRole('note').filter({ hasText: /loaded messages/ });
    await note.waitFor();
    const shown = Number(/(\d+) messages?/.exec(await panel.locator('.summary__meta').innerText())?.[1]);
    // Every comment on the page but the side conversation (the log's events count as messages too).
    const events = await page.evaluate(
      () =>
        document.querySelectorAll(
          '[data-test-id="ticket-4720-custom-layout"] [data-test-id="interaction-history-event"]',
        ).length,
    );
    expect(shown).toBe(count - 1 + events);
    expect(await note.innerText()).toBe(
      `Based on the ${shown} loaded messages; load earlier ones in Zendesk to include them.`,
    );
    expect(await panel.locator('body').innerText()).not.toMatch(/Payments team/);
  });

  it('says nothing more once the older messages are loaded, and counts them', async () => {
    const { page, panel } = session;
    const before = Number(/(\d+) messages?/.exec(await panel.locator('.summary__meta').innerText())?.[1]);
    await demo(page, 'showMore');
    await expect
      .poll(() =>
        panel
          .getByRole('note')
          .filter({ hasText: /loaded messages/ })
          .count(),
      )
      .toBe(0);
    await expect
      .poll(async () => Number(/(\d+) messages?/.exec(await panel.locator('.summary__meta').innerText())?.[1]))
      .toBe(before + 3);
  });

  it('inserts into the custom layout’s CKEditor with key 1', async () => {
    const { page, panel } = session;
    await panel.bringToFront();
    await panel.keyboard.press('1');
    await panel.getByRole('status').filter({ hasText: 'Inserted into the reply' }).waitFor();
    const text = await demo<string>(page, 'editorText');
    expect(text.length).toBeGreaterThan(10);
    expect(await demo<number>(page, 'submitCount')).toBe(0);
  });
});
