// Issue 13 in a real browser, at a side panel's size (400×900): what an agent sees without scrolling, the
// phrase flow from the keyboard into both editors with focus back in the reply, and Copy that asks first.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_VIEWPORT, type DemoSession } from '../../scripts/lib/demo-session';
import type { LaunchedExtension } from '../../scripts/lib/launch';
import { demo, openDemoPath } from './support/demo-api';

const ZENDESK = '/zendesk/agent/tickets/4711';
const INTERCOM_2026 = '/intercom/a/inbox/demo/inbox/conversation/215';

/** How far down the panel a locator's box ends, in CSS pixels from the top of the page. */
async function bottomOf(panel: Page, locator: ReturnType<Page['locator']>): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box.y + box.height + (await panel.evaluate(() => window.scrollY));
}

/** The step, the signals and the first three phrases end within the first 900 px. */
async function expectAtAGlance(panel: Page, stepName: string | RegExp): Promise<void> {
  await panel.evaluate(() => window.scrollTo(0, 0));
  const step = panel.getByRole('heading', { name: stepName, level: 2 });
  const signals = panel.getByRole('list', { name: 'Customer signals' });
  const phrases = panel.getByRole('list', { name: /^Phrases for / }).getByRole('listitem');
  await phrases.nth(2).waitFor();
  for (const part of [step, signals, phrases.nth(0), phrases.nth(1), phrases.nth(2)]) {
    expect(await bottomOf(panel, part)).toBeLessThanOrEqual(PANEL_VIEWPORT.height);
  }
}

/**
 * What has focus in the helpdesk page, through open shadow roots, and the text before the caret in its
 * paragraph: the editor the agent goes on typing in, and where.
 */
function focusInPage(page: Page): Promise<{ editable: boolean; beforeCaret: string }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    let root: Document | ShadowRoot = document;
    while (active?.shadowRoot?.activeElement) {
      root = active.shadowRoot;
      active = active.shadowRoot.activeElement;
    }
    const getSelection = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection;
    const selection = getSelection ? getSelection.call(root) : document.getSelection();
    const node = selection?.focusNode;
    const beforeCaret = node?.nodeType === Node.TEXT_NODE ? node.textContent!.slice(0, selection!.focusOffset) : '';
    return { editable: !!(active as HTMLElement | null)?.isContentEditable, beforeCaret };
  });
}

/** `/`, a search, ↓ to the first result, Enter: the whole flow without a mouse. */
async function insertBySearch(panel: Page, query: string): Promise<string> {
  await panel.bringToFront();
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await panel.keyboard.press('/');
  await panel.keyboard.type(query);
  const first = panel
    .getByRole('list', { name: `Phrases matching “${query}”` })
    .getByRole('listitem')
    .first();
  const text = await first.getByRole('paragraph').first().innerText();
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('Enter');
  await panel.getByRole('status').filter({ hasText: 'Inserted into the reply' }).waitFor();
  await panel.keyboard.press('Escape');
  return text;
}

describe('at a glance, Zendesk demo', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await openDemoPath(ZENDESK)));
  afterAll(() => ext?.close());

  it('shows the step, the signals and three phrases above the fold, the reason in one line', async () => {
    const { panel } = session;
    await expectAtAGlance(panel, 'Listen & Acknowledge');
    const why = panel.getByRole('region', { name: 'Listen & Acknowledge' }).getByText(/^Why: \S/);
    expect((await why.boundingBox())!.height).toBeLessThan(24);
    // Opened, it gives the full explanation.
    await why.click();
    expect(await panel.getByLabel('Why', { exact: true }).innerText()).toMatch(/acknowledg/i);
  });

  it('inserts from the keyboard into CKEditor 5, separates the next phrase, and leaves the caret after it', async () => {
    const { page, panel } = session;
    const first = await insertBySearch(panel, 'frustrating');
    expect(await demo<string>(page, 'editorText')).toBe(first);
    const second = await insertBySearch(panel, 'every reason');
    expect(await demo<string>(page, 'editorText')).toBe(`${first} ${second}`);
    const focus = await focusInPage(page);
    expect(focus.editable).toBe(true);
    expect(focus.beforeCaret.endsWith(second)).toBe(true);
    expect(await demo<number>(page, 'submitCount')).toBe(0);
  });

  it('asks for a missing value before Copy puts anything on the clipboard', async () => {
    const { panel } = session;
    await panel.bringToFront();
    await panel.getByRole('searchbox', { name: 'Search all phrases' }).fill('come back to you by');
    // The card with a follow-up date still to fill in.
    const card = panel
      .getByRole('list', { name: 'Phrases matching “come back to you by”' })
      .getByRole('listitem')
      .filter({ has: panel.getByLabel('Follow-up date') })
      .first();
    await card.getByRole('button', { name: /^Copy/ }).click();
    await panel.getByRole('status').filter({ hasText: 'Fill in: Follow-up date' }).waitFor();
    expect(await panel.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('date');
    expect(await panel.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(0);
    await panel.getByRole('searchbox', { name: 'Search all phrases' }).fill('');
  });

  it('keeps the boundary, its signals and three of its phrases above the fold', async () => {
    const { page, panel } = session;
    await demo(page, 'appendCustomerMessage', 'You are a useless idiot. Fuck you and your whole team.');
    await panel.getByRole('alert', { name: 'Set a boundary' }).waitFor();
    await expectAtAGlance(panel, 'Set a boundary');
  });
});

describe('at a glance, Intercom 2026 demo (ProseMirror in a shadow root)', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await openDemoPath(INTERCOM_2026)));
  afterAll(() => ext?.close());

  it('shows the step, the signals and three phrases above the fold', async () => {
    await expectAtAGlance(session.panel, 'Offer Solutions & Options');
  });

  it('inserts from the keyboard into ProseMirror and leaves the caret after the text', async () => {
    const { page, panel } = session;
    const first = await insertBySearch(panel, 'fastest way');
    const second = await insertBySearch(panel, 'replacement');
    expect(await demo<string>(page, 'editorText')).toBe(`${first} ${second}`);
    const focus = await focusInPage(page);
    expect(focus.editable).toBe(true);
    expect(focus.beforeCaret.endsWith(second)).toBe(true);
    expect(await demo<number>(page, 'submitCount')).toBe(0);
  });
});
