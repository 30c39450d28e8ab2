// Issue 3 in a real browser: ticket switches, unreadable layouts, and insertion into the real CKEditor 5
// and ProseMirror composers of the demo helpdesk, checked through each editor's own model.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoSession, type DemoHelpdesk, type DemoSession } from '../../scripts/lib/demo-session';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/launch';
import { panelSummary } from '../../scripts/lib/panel-output';

interface Demo {
  editorText(): string;
  submitCount: number;
  switchTicket(id: number): void;
  whenReady: Promise<void>;
}

// Each runs in the page, where the demo helpdesk exposes `window.steadyhandDemo`.
const demoOf = () => (window as unknown as { steadyhandDemo: Demo }).steadyhandDemo;
const editorText = (page: Page) => page.evaluate(`(${demoOf})().editorText()`) as Promise<string>;
const submitCount = (page: Page) => page.evaluate(`(${demoOf})().submitCount`) as Promise<number>;

/** Asks the tab's content script to insert, as the panel's Insert button does. */
async function insert(session: DemoSession, text: string) {
  return session.panel.evaluate(
    async ([tabId, data]) => {
      const { tabs } = (
        globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }
      ).chrome;
      return tabs.sendMessage(tabId, { steadyhand: 1, type: 'composer:insert', data });
    },
    [session.tabId, { text }] as const,
  );
}

async function open(helpdesk: DemoHelpdesk): Promise<[LaunchedExtension, DemoSession]> {
  const ext = await launchWithExtension();
  const session = await openDemoSession(ext, inject('demoOrigin'), helpdesk);
  await session.page.evaluate(`(${demoOf})().whenReady`);
  return [ext, session];
}

describe('Zendesk demo', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await open('zendesk')));
  afterAll(() => ext?.close());

  it('inserts into CKEditor 5 through its model, keeping line breaks, without sending', async () => {
    const reply = await insert(session, 'Hi Dana,\nI am sorry about the double charge.');
    expect(reply).toEqual({ ok: true, data: { ok: true, route: 'bridge' } });
    expect(await editorText(session.page)).toBe('Hi Dana,\nI am sorry about the double charge.');

    await session.page.keyboard.type(' Thanks.');
    expect(await editorText(session.page)).toBe('Hi Dana,\nI am sorry about the double charge. Thanks.');
    expect(await submitCount(session.page)).toBe(0);
  });

  it('sums the panel up for a terminal as npm start prints it: step, why, signals, three phrases', async () => {
    const lines = (await panelSummary(session.panel)).split('\n');
    expect(lines[0]).toMatch(/^Step: +\S/);
    expect(lines[1]).toMatch(/^Why: +\S.{20,}/);
    expect(lines[2]).toMatch(/^Signals: +\S/);
    expect(lines[3]).toBe('Phrases:');
    expect(lines.slice(4)).toHaveLength(3);
    lines.slice(4).forEach((line, i) => expect(line).toMatch(new RegExp(`^  ${i + 1}\\. \\S`)));
  });

  it('follows a switch to another open ticket', async () => {
    await session.panel.getByRole('heading', { name: 'Charged twice for my annual plan' }).waitFor();
    await session.page.evaluate(`(${demoOf})().switchTicket(4698)`);
    await session.panel.getByRole('heading', { name: 'Downloading last year’s invoices' }).waitFor();
    expect(session.page.url()).toMatch(/\/zendesk\/agent\/tickets\/4698$/);
  });

  it('says plainly when the layout cannot be read, naming what is missing', async () => {
    await session.page.evaluate(() =>
      document.querySelectorAll('[data-test-id="omni-log-container"]').forEach((log) => log.remove()),
    );
    const alert = session.panel.getByRole('alert', { name: 'Can’t read this page layout' });
    await alert.waitFor();
    expect(await session.panel.getByRole('list', { name: 'Missing page parts' }).innerText()).toMatch(/log/);
  });

  it('keeps phrase search and copy there, and the way to the options and notes pages', async () => {
    const { panel } = session;
    await panel.getByRole('searchbox', { name: 'Search all phrases' }).fill('frustrating');
    const results = panel.getByRole('list', { name: 'Phrases matching “frustrating”' });
    await results.getByRole('listitem').first().waitFor();
    expect(await results.getByRole('button', { name: /^Insert/ }).count()).toBe(0);
    expect(await results.getByRole('button', { name: /^Copy/ }).count()).toBeGreaterThan(0);
    const links = panel.getByRole('navigation', { name: 'Steadyhand pages' });
    expect(await links.getByRole('link').allInnerTexts()).toEqual([
      'Phrase packs and settings',
      'Interaction notes',
      'Insights',
    ]);
    const { violations } = await new AxeBuilder({ page: panel }).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  });
});

describe('Intercom demo', () => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await open('intercom')));
  afterAll(() => ext?.close());

  it('inserts into ProseMirror through its own paste handling, keeping line breaks, without sending', async () => {
    const reply = await insert(session, 'Hi Marco,\nI have asked the courier for an update.');
    expect(reply).toEqual({ ok: true, data: { ok: true, route: 'paste' } });
    expect(await editorText(session.page)).toBe('Hi Marco,\nI have asked the courier for an update.');

    await session.page.keyboard.type(' Today.');
    expect(await editorText(session.page)).toBe('Hi Marco,\nI have asked the courier for an update. Today.');
    expect(await submitCount(session.page)).toBe(0);
  });

  it('refuses text the protocol does not allow, inserting nothing', async () => {
    const before = await editorText(session.page);
    const reply = (await insert(session, 'x'.repeat(10_001))) as { ok: boolean; error?: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/at most 10000 characters/);
    expect(await editorText(session.page)).toBe(before);
  });
});
