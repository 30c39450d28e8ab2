// Issue 5 in a real browser: importing a phrase pack by URL from a local server, refused packs changing
// nothing, and the options page's accessibility in light and dark. And the pack editor keeping the
// trainer's work: autosave across a reload, drafts with problems, problems at their fields, and a failed
// import opened in the editor.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/launch';
import { pack } from '../unit/packs/fixtures';

const FILES: Record<string, string> = {
  '/acme.json': JSON.stringify(pack()),
  '/broken.json': JSON.stringify({ ...pack({ version: 'one' }), steps: { lisen: [] } }),
};

async function serve(): Promise<[Server, string]> {
  const server = createServer((request, response) => {
    const body = FILES[request.url ?? ''];
    if (body === undefined) response.writeHead(404, 'Not Found').end();
    else response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`];
}

type Chrome = {
  chrome: {
    storage: { local: { get(key: string | null): Promise<Record<string, unknown>> } };
    permissions: { contains(query: unknown): Promise<boolean> };
  };
};

const storedPacks = (page: Page) =>
  page.evaluate(async () => (await (globalThis as unknown as Chrome).chrome.storage.local.get('packs')).packs ?? null);

/** Records the host-permission checks the page makes, so the test sees the access path taken. */
const recordPermissionChecks = (page: Page) =>
  page.evaluate(() => {
    const { permissions } = (globalThis as unknown as Chrome).chrome;
    const contains = permissions.contains.bind(permissions);
    const calls: unknown[] = [];
    (globalThis as unknown as { permissionChecks: unknown[] }).permissionChecks = calls;
    permissions.contains = (query) => (calls.push(query), contains(query));
  });

async function importFrom(page: Page, address: string) {
  await page.getByLabel('Pack address').fill(address);
  await page.getByRole('button', { name: 'Import from address' }).click();
}

/** The text of what a field's aria-describedby points at. */
const describedBy = (page: Page, field: ReturnType<Page['getByLabel']>) =>
  field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('options page', () => {
  let ext: LaunchedExtension;
  let server: Server;
  let origin: string;
  let page: Page;

  beforeAll(async () => {
    [server, origin] = await serve();
    ext = await launchWithExtension();
    page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Installed packs' }).waitFor();
  });
  afterAll(async () => {
    await ext?.close();
    await new Promise((done) => server?.close(done));
  });

  it('imports a pack by URL, checking access to that host first', async () => {
    await recordPermissionChecks(page);
    await importFrom(page, `${origin}/acme.json`);
    const review = page.getByRole('region', { name: 'Install “Acme support” version 1.0.0?' });
    await review.getByRole('button', { name: 'Install' }).click();
    await page.getByRole('status').filter({ hasText: 'Installed “Acme support” version 1.0.0.' }).waitFor();

    expect(await page.getByRole('listitem', { name: 'Acme support' }).innerText()).toContain(
      `from ${origin}/acme.json`,
    );
    // The demo build lists http://127.0.0.1/* in host_permissions, so access is there without a prompt.
    expect(
      await page.evaluate(() => (globalThis as unknown as { permissionChecks: unknown[] }).permissionChecks),
    ).toEqual([{ origins: ['http://127.0.0.1/*'] }]);
    expect(await storedPacks(page)).toMatchObject({
      packs: [{ pack: pack(), source: { kind: 'url', url: `${origin}/acme.json` } }],
    });
  });

  it('shows every problem of a broken pack and stores nothing', async () => {
    const before = await storedPacks(page);
    await importFrom(page, `${origin}/broken.json`);
    const problems = page.getByRole('alert').getByRole('list', { name: 'Problems' });
    await problems.waitFor();
    expect(await problems.getByRole('listitem').allTextContents()).toEqual([
      'About this pack: version must be a version like "1.2.0" (major.minor.patch) in the file: version',
      'The pack: “lisen” is an unknown step. Did you mean "listen"? in the file: steps.lisen',
    ]);
    expect(await storedPacks(page)).toEqual(before);
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('opens a pack that failed to import in the editor, each problem at its field', async () => {
    await importFrom(page, `${origin}/broken.json`);
    await page.getByRole('alert').getByRole('button', { name: 'Open in editor' }).click();
    await page.getByRole('heading', { name: 'Editing “Acme support”' }).waitFor();
    expect(await page.getByRole('region', { name: /^To open this pack in the editor/ }).innerText()).toContain(
      '0 phrases under “lisen” were put in Listen & Acknowledge.',
    );
    const version = page.getByLabel('Version', { exact: true });
    expect(await version.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(page, version)).toContain('version must be a version like "1.2.0"');
    await page
      .getByRole('list', { name: 'Problems to fix' })
      .getByRole('link', { name: 'About this pack: version must be a version like "1.2.0" (major.minor.patch)' })
      .click();
    expect(await version.evaluate((field) => field === document.activeElement)).toBe(true);

    await page.getByRole('button', { name: 'Close editor' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Leave the editor?' });
    expect(
      await dialog.getByRole('button', { name: 'Keep editing' }).evaluate((b) => b === document.activeElement),
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'Installed packs' }).waitFor();
  });

  it('shows each problem of the draft at its field, in words', async () => {
    await page.getByRole('button', { name: 'New pack' }).click();
    await page.getByRole('button', { name: 'Add a phrase' }).click();
    const text = page.getByLabel('Phrase 1', { exact: true });
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(page, text)).toBe('text is empty');
    const summary = page.getByRole('list', { name: 'Problems to fix' });
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'About this pack: author is empty',
      'Listen & Acknowledge › Phrase 1: text is empty',
    ]);
  });

  it('saves a pack with problems as a draft, listed but never a pack', async () => {
    const before = await storedPacks(page);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('status').filter({ hasText: 'as a draft with 2 problems' }).waitFor();
    await page.getByRole('button', { name: 'Close editor' }).click();
    const row = page.getByRole('list', { name: 'Drafts' }).getByRole('listitem', { name: 'My team’s phrases' });
    expect(await row.innerText()).toContain('Draft — 2 problems');
    expect(await row.getByRole('checkbox').count()).toBe(0);
    expect(await storedPacks(page)).toEqual(before);
  });

  it('keeps unsaved work across a reload, asking before it', async () => {
    await page.getByRole('button', { name: 'New pack' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Spring phrases');
    // No wait for the autosave's delay: closing the page writes what it has.
    const asked = new Promise<string>((done) =>
      page.once('dialog', (dialog) => {
        done(dialog.type());
        void dialog.accept();
      }),
    );
    await page.reload();
    expect(await asked).toBe('beforeunload');
    const offers = page.getByRole('region', { name: 'Unsaved work' });
    expect(await offers.innerText()).toMatch(/You have an unsaved draft of “Spring phrases” from .+/);
    await offers.getByRole('button', { name: 'Resume: Spring phrases' }).click();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Spring phrases');
    await page.getByRole('button', { name: 'Close editor' }).click();
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'Installed packs' }).waitFor();
    expect(await offers.count()).toBe(0);
  });

  it('says when the server has no pack at that address', async () => {
    await importFrom(page, `${origin}/missing.json`);
    await page.getByRole('alert').filter({ hasText: 'Could not download the pack: the server answered 404' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations in %s, list and editor', async (scheme) => {
    mkdirSync('.output/screenshots', { recursive: true });
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `.output/screenshots/options-${scheme}.png`, fullPage: true });

    await page.getByRole('button', { name: 'Edit: Acme support' }).click();
    await page.getByText('Behaviour variants (0)').first().click();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `.output/screenshots/editor-${scheme}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Close editor' }).click();
  });
});
