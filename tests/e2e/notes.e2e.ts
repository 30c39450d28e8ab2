// Issue 7's notes view in real Chromium: the background's record of the demo ticket listed on notes.html,
// a JSON export that survives delete-all and re-import unchanged, and two tabs plus a reload losing nothing.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoSession } from '../../scripts/lib/demo-session';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/launch';
import type { InteractionRecord, NotesPatch } from '../../lib/notes';

const TICKET = 'zendesk:demo:4711';

/** The demo build's hook on notes.html (entrypoints/notes/main.tsx): the page's own db and functions. */
type Hook = {
  steadyhandNotes: {
    db: unknown;
    saveNotes(db: unknown, id: string, patch: NotesPatch): Promise<unknown>;
    getRecord(db: unknown, id: string): Promise<InteractionRecord | undefined>;
  };
};

const getRecord = (page: Page, id: string) =>
  page.evaluate((key) => {
    const { db, getRecord } = (globalThis as unknown as Hook).steadyhandNotes;
    return getRecord(db, key);
  }, id);

const saveNotes = (page: Page, id: string, patch: NotesPatch) =>
  page.evaluate(
    ([key, value]) => {
      const { db, saveNotes } = (globalThis as unknown as Hook).steadyhandNotes;
      return saveNotes(db, key, value).then(() => undefined);
    },
    [id, patch] as const,
  );

/** Downloads the JSON export of every record through the page, and returns it without its time stamp. */
async function exportAll(page: Page): Promise<unknown> {
  await page.getByRole('radio', { name: 'All records' }).check();
  await page.getByRole('radio', { name: 'JSON (can be imported again)' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Export' }).click(),
  ]);
  const { exportedAt, ...file } = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exportedAt).toMatch(/^\d{4}-/);
  return file;
}

async function openNotes(ext: LaunchedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/notes.html`);
  await page.getByRole('heading', { name: 'Interaction notes' }).waitFor();
  return page;
}

describe('notes page', () => {
  let ext: LaunchedExtension;
  let notes: Page;

  beforeAll(async () => {
    ext = await launchWithExtension();
    const { panel } = await openDemoSession(ext, inject('demoOrigin'), 'zendesk');
    await panel.getByRole('heading', { name: /Charged twice for my annual plan/ }).waitFor();
    notes = await openNotes(ext);
  });
  afterAll(() => ext?.close());

  it('lists the interaction the background recorded from the demo ticket', async () => {
    // The background records the ticket shortly after the panel shows it.
    for (let i = 0; i < 50 && !(await getRecord(notes, TICKET)); i++) await notes.waitForTimeout(200);
    expect(await getRecord(notes, TICKET)).toMatchObject({ subject: expect.stringMatching(/Charged twice/) });
    await notes.reload();
    const row = notes.getByRole('listitem', { name: /Charged twice for my annual plan/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Zendesk ticket 4711');
    expect(await row.getByRole('link', { name: 'Open ticket' }).getAttribute('target')).toBe('_blank');

    mkdirSync('.output/screenshots', { recursive: true });
    await row.getByRole('button', { name: 'Edit notes' }).click();
    await notes.screenshot({ path: '.output/screenshots/notes-light.png', fullPage: true });
    await row.getByRole('button', { name: 'Edit notes' }).click();
  });

  it('gives back identical records after export, delete all and import', async () => {
    await saveNotes(notes, TICKET, { complaint: 'Charged twice', tags: ['billing', 'refund'], status: 'follow-up' });
    await saveNotes(notes, 'intercom:demo:215', { text: 'Line one\nLine "two", =SUM(A1)', followUpDate: '2030-01-02' });
    await notes.reload();
    const before = await exportAll(notes);
    expect((before as { records: unknown[] }).records).toHaveLength(2);

    await notes.getByRole('button', { name: 'Delete all records…' }).click();
    await notes.getByRole('button', { name: 'Yes, delete all records' }).click();
    await notes.getByRole('status').filter({ hasText: 'All records deleted.' }).waitFor();
    expect(await getRecord(notes, TICKET)).toBeUndefined();

    await notes.getByLabel('Import a JSON export').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ exportedAt: new Date().toISOString(), ...(before as object) })),
    });
    await notes.getByRole('status').filter({ hasText: '2 added, 0 updated, 0 unchanged.' }).waitFor();
    expect(await exportAll(notes)).toEqual(before);
  });

  it('keeps every edit from two tabs at once and from a tab reloaded while typing', async () => {
    const [a, b] = [notes, await openNotes(ext)];
    const editor = async (page: Page) => {
      const row = page.getByRole('listitem', { name: /Charged twice for my annual plan/ });
      await row.getByRole('button', { name: 'Edit notes' }).click();
      return row;
    };
    const [rowA, rowB] = await Promise.all([editor(a), editor(b)]);
    await rowA.getByLabel('Complaint').fill('');
    await Promise.all([
      rowA.getByLabel('Complaint').pressSequentially('Billed twice in March', { delay: 15 }),
      (async () => {
        // One keyboard per tab: B's two fields one after the other, both while A types.
        await rowB.getByLabel('Solution offered').pressSequentially('Refunded the second charge', { delay: 15 });
        await rowB.getByLabel('Outcome').pressSequentially('Customer thanked us', { delay: 15 });
      })(),
    ]);
    await rowA.getByLabel('Notes').pressSequentially('Checked the ledger', { delay: 15 });
    await a.waitForTimeout(600); // past the autosave delay: this part is saved already
    await rowA.getByLabel('Notes').pressSequentially(' and the bank', { delay: 5 });
    await a.reload(); // pagehide flushes what was typed since

    await b.getByRole('status', { name: 'Save status' }).filter({ hasText: 'Saved' }).waitFor();
    // The reloaded tab's last save may still be landing.
    for (let i = 0; i < 25 && (await getRecord(b, TICKET))?.notes.text !== 'Checked the ledger and the bank'; i++)
      await b.waitForTimeout(200);
    const record = await getRecord(b, TICKET);
    expect(record?.notes).toMatchObject({
      complaint: 'Billed twice in March',
      solution: 'Refunded the second charge',
      outcome: 'Customer thanked us',
      text: 'Checked the ledger and the bank',
      tags: ['billing', 'refund'],
    });
    expect(record?.status).toBe('follow-up');
    // The reloaded tab reads the same.
    await a
      .getByRole('listitem', { name: /Charged twice/ })
      .getByRole('button', { name: 'Edit notes' })
      .click();
    expect(await a.getByRole('textbox', { name: 'Notes', exact: true }).inputValue()).toBe(
      'Checked the ledger and the bank',
    );
  });
});
