// Issue 14's insights page in real Chromium at 1280×800: the charts and their tables for a seeded store,
// then two agents' exports imported into the team roll-up (one labelled by its agent name, one redacted and
// labelled by its file name), the agent filter and the totals, a theme's interactions; axe in light and dark.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/launch';
import { EXPORT_FORMAT, EXPORT_VERSION, emptyRecord, type InteractionRecord } from '../../lib/notes/model';

const CHARTS = ['Signal rates by week', 'Steps performed and skipped', 'Top complaint themes', 'Phrase usage'];
const COMPLAINTS = ['refund late', 'charged twice', 'login broken', 'parcel damaged'];

/** Record `i` of an agent (Zendesk account acme), one a day from 2025-03-03, with a recurring complaint. */
function record(i: number, ticketBase = 1000): InteractionRecord {
  const at = new Date(Date.UTC(2025, 2, 3 + (i % 21), 9)).toISOString();
  const ticketId = String(ticketBase + i);
  const base = emptyRecord({ helpdesk: 'zendesk', account: 'acme', ticketId }, at);
  return {
    ...base,
    url: `https://acme.zendesk.com/agent/tickets/${ticketId}`,
    subject: `Ticket ${ticketId}`,
    customerName: 'Maria Garcia',
    status: i % 2 ? 'resolved' : 'open',
    steps: i % 3 ? [{ step: 'listen', at, messageId: null, evidence: 'I hear you' }] : [],
    signals: i % 4 ? [] : [{ kind: 'angry', at, messageId: 'm1', evidence: 'unacceptable' }],
    phrases: [{ packId: 'core', phraseId: 'acknowledge-wait', step: 'listen', action: 'insert', at, text: 'Sorry' }],
    notes: { ...base.notes, tags: [i % 2 ? 'refund' : 'billing'], complaint: COMPLAINTS[i % COMPLAINTS.length]! },
  };
}

const exportFile = (name: string, records: InteractionRecord[], head: { agent?: string; redacted?: boolean }) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2025-03-24T10:00:00.000Z',
      redacted: head.redacted ?? false,
      ...(head.agent ? { agent: head.agent } : {}),
      records,
    }),
  ),
});

/** The demo build's hook on insights.html (entrypoints/insights/main.tsx): the page's notes database. */
type Hook = {
  steadyhandInsights: {
    notes: { records: { bulkPut(rows: unknown[]): Promise<unknown> } };
    toRow(r: unknown): unknown;
  };
};

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const total = (page: Page, n: number) => page.getByText(`${n} conversations in view`, { exact: true }).waitFor();

describe('insights page', () => {
  let ext: LaunchedExtension;
  let page: Page;

  beforeAll(async () => {
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/insights.html`);
    await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
    const own = Array.from({ length: 30 }, (_, i) => record(i));
    await page.evaluate((records) => {
      const { notes, toRow } = (globalThis as unknown as Hook).steadyhandInsights;
      return notes.records.bulkPut(records.map(toRow)).then(() => undefined);
    }, own);
    await page.reload();
  });
  afterAll(() => ext?.close());

  it('shows the charts and tables for a seeded store', async () => {
    await total(page, 30);
    for (const title of CHARTS) {
      expect(await page.getByRole('img', { name: title }).count()).toBe(1);
      const table = page.getByRole('table', { name: `Numbers for “${title}”` });
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    }
    const steps = page.getByRole('table', { name: 'Numbers for “Steps performed and skipped”' });
    expect(await steps.getByRole('row', { name: /Listen & Acknowledge/ }).innerText()).toMatch(
      /Listen & Acknowledge\s+10\s+5/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV: Phrase usage' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('steadyhand-insights-phrases.csv');
    expect(await page.getByLabel('Summary preview (Markdown)').inputValue()).toContain('30 conversations in view');
  });

  it('is axe-clean in light and dark', async () => {
    mkdirSync('.output/screenshots', { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `.output/screenshots/insights-${colorScheme}.png`, fullPage: true });
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('shows the charts and tables for two imported exports, by agent', async () => {
    const ana = Array.from({ length: 5 }, (_, i) => record(i)); // the lead's tickets, worked by Ana too
    const ben = Array.from({ length: 3 }, (_, i) => ({ ...record(i, 5000), customerName: '[name]' }));
    await page
      .getByLabel("Import agents' exports (JSON)")
      .setInputFiles([
        exportFile('ana.json', ana, { agent: 'Ana' }),
        exportFile('ben-week.json', ben, { redacted: true }),
      ]);
    await total(page, 38);
    const sources = page.getByRole('table', { name: 'Imported files' });
    expect(await sources.getByRole('row', { name: /ana\.json/ }).innerText()).toMatch(/ana\.json\s+Ana\s+5\s+No/);
    expect(await sources.getByRole('row', { name: /ben-week\.json/ }).innerText()).toMatch(/ben-week\s+3\s+Yes/);

    const agent = page.getByLabel('Agent', { exact: true });
    await agent.selectOption({ label: 'Ana' });
    await total(page, 5);
    await agent.selectOption({ label: 'ben-week' });
    await total(page, 3);
    await agent.selectOption({ label: 'You' });
    await total(page, 30);
    await agent.selectOption({ label: 'Any' });
    await total(page, 38);

    await page.getByRole('button', { name: 'Show interactions: refund (Tag)' }).click();
    const list = page.getByRole('region', { name: 'Interactions with “refund”' });
    expect(await list.getByRole('listitem').count()).toBe(15 + 2 + 1);
    expect(await list.getByRole('link', { name: /^Open ticket/ }).count()).toBe(18);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Remove ana.json' }).click();
    await total(page, 33);
  });
});
