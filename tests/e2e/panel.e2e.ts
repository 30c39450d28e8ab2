// The side panel on the demo helpdesk, as an agent sees it: the expected step and its evidence, live
// updates, accessibility in light and dark. Screenshots go under .output/ for a look after a run; the
// README's images are refreshed by `npm run screenshots`, never by a test run.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoSession, PANEL_VIEWPORT, type DemoHelpdesk, type DemoSession } from '../../scripts/lib/demo-session';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/launch';

const SCREENSHOTS = '.output/screenshots';
// A fixed clock keeps the times in the screenshots the same run to run.
const NOW = new Date('2026-11-20T15:30:00Z');

async function open(helpdesk: DemoHelpdesk): Promise<[LaunchedExtension, DemoSession]> {
  const ext = await launchWithExtension();
  await ext.context.clock.setFixedTime(NOW);
  const session = await openDemoSession(ext, inject('demoOrigin'), helpdesk);
  // No fades: a tooltip caught half-faded would make both axe and the screenshots depend on timing.
  await session.panel.emulateMedia({ reducedMotion: 'reduce' });
  await session.panel.locator('.step').waitFor();
  return [ext, session];
}

/** Screenshots show the panel at rest: no tooltip left open by an earlier focus. */
async function screenshot(panel: Page, name: string): Promise<void> {
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await panel.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

async function axeViolations(panel: Page): Promise<string[]> {
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const { violations } = await new AxeBuilder({ page: panel }).analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

const appendCustomerMessage = (page: Page, text: string) =>
  page.evaluate((message) => {
    (
      window as unknown as { steadyhandDemo: { appendCustomerMessage(t: string): void } }
    ).steadyhandDemo.appendCustomerMessage(message);
  }, text);

describe('panel on the Zendesk demo', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [ext, session] = await open('zendesk');
  });
  afterAll(() => ext?.close());

  it('asks for an acknowledgement, explaining that the opener did not count', async () => {
    const { panel } = session;
    const step = panel.getByRole('region', { name: 'Listen & Acknowledge' });
    await step.getByText(/^Why:/).click();
    expect(await step.getByLabel('Why', { exact: true }).innerText()).toMatch(/acknowledg/i);
    const checklist = panel.getByRole('list', { name: 'Framework checklist' });
    expect(await checklist.locator('[aria-current="step"]').innerText()).toContain('Listen & Acknowledge');
  });

  it('flags the customer’s anger and threats, with the words on focus', async () => {
    const { panel } = session;
    const chips = panel.getByRole('list', { name: 'Customer signals' });
    const names = await chips.getByRole('button').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['Angry', 'Public complaint']));
    const angry = chips.getByRole('button', { name: 'Angry' });
    await angry.focus();
    const tip = panel.getByRole('tooltip').filter({ visible: true });
    expect(await tip.innerText()).toMatch(/^Why: “.+”$/);
  });

  it('has no accessibility violations, in light and in dark', async () => {
    const { panel } = session;
    await panel.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(panel)).toEqual([]);
    await screenshot(panel, 'panel-light');
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(panel)).toEqual([]);
    await screenshot(panel, 'panel-dark');
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('fits a 320 px wide side panel without sideways scrolling', async () => {
    const { panel } = session;
    await panel.setViewportSize({ width: 320, height: 800 });
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await panel.setViewportSize(PANEL_VIEWPORT);
  });

  it('switches to the boundary when the customer turns on the agent', async () => {
    const { page, panel } = session;
    await appendCustomerMessage(page, 'You are a useless idiot. Fuck you and your whole team.');
    const alert = panel.getByRole('alert', { name: 'Set a boundary' });
    await alert.waitFor();
    expect(await alert.getByLabel('What was said').innerText()).not.toBe('');
    expect(await axeViolations(panel)).toEqual([]);
    await screenshot(panel, 'panel-boundary');
  });
});

describe('panel on the Intercom demo', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await open('intercom')));
  afterAll(() => ext?.close());

  it('credits the teammate’s acknowledgement and apology, and moves on to options', async () => {
    const { panel } = session;
    await panel.getByRole('region', { name: 'Offer Solutions & Options' }).waitFor();
    const checklist = panel.getByRole('list', { name: 'Framework checklist' });
    expect(await checklist.getByRole('listitem').nth(0).innerText()).toMatch(/Done/);
    expect(await checklist.getByRole('listitem').nth(1).innerText()).toMatch(/Done/);
    expect(await axeViolations(panel)).toEqual([]);
  });
});

describe('phrases on the Zendesk demo', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await open('zendesk')));
  afterAll(() => ext?.close());

  it('inserts the first phrase with key 1, its variables filled, into the real editor', async () => {
    const { page, panel } = session;
    const first = panel.getByRole('list', { name: 'Phrases for Listen & Acknowledge' }).getByRole('listitem').first();
    expect(await first.innerText()).toContain('Dana, I understand this is really frustrating');
    await panel.keyboard.press('1');
    await panel.getByRole('status').filter({ hasText: 'Inserted into the reply' }).waitFor();
    const editorText = await page.evaluate(() =>
      (
        window as unknown as { steadyhandDemo: { editorText(): string; submitCount: number } }
      ).steadyhandDemo.editorText(),
    );
    expect(editorText).toBe('Dana, I understand this is really frustrating, and I want to get it sorted for you.');
  });

  it('searches every pack with /', async () => {
    const { panel } = session;
    await panel.keyboard.press('/');
    await panel.keyboard.type('update you by');
    const results = panel.getByRole('list', { name: 'Phrases matching “update you by”' });
    expect(await results.getByRole('listitem').count()).toBeGreaterThan(0);
  });
});

describe('quick notes on the Intercom demo', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await open('intercom')));
  afterAll(() => ext?.close());

  it('says when the notes are saved', async () => {
    const { panel } = session;
    await panel.getByLabel('Outcome').fill('Courier trace opened');
    await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  });

  it('keeps what was typed when the panel closes at once, and fills {{followUp.date}}', async () => {
    const { panel, tabId } = session;
    await panel.getByLabel('Complaint').fill('Express order a week late, needed for a wedding');
    // The quick notes' field: a phrase card may ask for a follow-up date of its own under the same name.
    const notesOf = (page: typeof panel) => page.getByRole('region', { name: 'Quick notes' });
    await notesOf(panel).getByLabel('Follow-up date').fill('2026-11-27');
    // Closed before the autosave delay: the page-hide flush must save it.
    await panel.close({ runBeforeUnload: true });

    const again = await ext.context.newPage();
    await again.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
    await again.getByLabel('Complaint').waitFor();
    await expect
      .poll(() => again.getByLabel('Complaint').inputValue())
      .toBe('Express order a week late, needed for a wedding');
    expect(await notesOf(again).getByLabel('Follow-up date').inputValue()).toBe('2026-11-27');
    await again.getByText('Phrases for another step').click();
    await again.getByRole('button', { name: 'Take Action & Follow Up' }).click();
    // Written for the customer, not as stored.
    expect(await again.getByRole('list', { name: /Phrases for Take Action/ }).innerText()).toMatch(
      /Friday, 27 November( 2026)?/,
    );
  });
});
