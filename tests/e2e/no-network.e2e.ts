// "Nothing leaves the browser": a working session over the demo helpdesks (reading, following, inserting,
// notes), the options page (a pack imported by URL) and the notes page (an export), with every request
// from every context recorded twice: by Chromium's network log (all contexts, with the initiating origin)
// and by Playwright (which names the page or the service worker). Only the local demo server and the
// pack address the test itself typed may be asked for.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoSession } from '../../scripts/lib/demo-session';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/launch';
import { pack } from '../unit/packs/fixtures';
import { inContentScript } from './support/content-world';
import { netLog, type LoggedRequest } from './support/net-log';

// Playwright reports the service worker's own requests only with this set (Chromium only, experimental).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** Chromium's own services, which it calls on its own (initiator: the browser), whatever the extension does. */
const CHROMIUM_SERVICES = /^https:\/\/([\w-]+\.)*(google\.com|googleapis\.com|gstatic\.com|googleusercontent\.com)\//;

interface Seen {
  url: string;
  /** `service worker`, or the address of the page or extension page that asked. */
  from: string;
}

async function servePack(): Promise<[Server, string]> {
  const server = createServer((request, response) => {
    if (request.url === '/team.json')
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(pack()));
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return [server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`];
}

/** Key 1 inserts the first phrase, once the phrases (loaded when first shown) are there. */
async function insertFirstPhrase(panel: Page): Promise<void> {
  await panel
    .getByRole('list', { name: /^Phrases for / })
    .getByRole('listitem')
    .first()
    .waitFor();
  await panel.bringToFront();
  await panel.keyboard.press('1');
  await panel.getByRole('status').filter({ hasText: 'Inserted into the reply' }).waitFor();
}

async function useZendesk(ext: LaunchedExtension, demo: string): Promise<Page> {
  const { page, panel } = await openDemoSession(ext, demo, 'zendesk');
  await panel.getByRole('heading', { name: /Charged twice/ }).waitFor();
  await insertFirstPhrase(panel);
  await panel.getByLabel('Outcome').fill('Refund of the second charge');
  await panel.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await page.evaluate(() =>
    (
      window as unknown as { steadyhandDemo: { appendCustomerMessage(t: string): void } }
    ).steadyhandDemo.appendCustomerMessage('Any news on the refund?'),
  );
  await panel.getByLabel('Latest customer message').filter({ hasText: 'Any news on the refund?' }).waitFor();
  return page;
}

async function useIntercom(ext: LaunchedExtension, demo: string): Promise<void> {
  const { panel } = await openDemoSession(ext, demo, 'intercom');
  await panel.getByRole('heading', { name: /Marco Bellini/ }).waitFor();
  await insertFirstPhrase(panel);
}

async function useOptions(ext: LaunchedExtension, packUrl: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.getByLabel('Pack address').fill(packUrl);
  await page.getByRole('button', { name: 'Import from address' }).click();
  await page.getByRole('button', { name: 'Install' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /Installed “Acme support”/ })
    .waitFor();
}

async function useNotes(ext: LaunchedExtension): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/notes.html`);
  await page.getByRole('listitem', { name: /Charged twice/ }).waitFor();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Export' }).click(),
  ]);
}

describe('no network', () => {
  const dir = mkdtempSync(join(tmpdir(), 'steadyhand-net-'));
  const log = netLog(dir);
  const seen: Seen[] = [];
  let logged: LoggedRequest[] = [];
  let demo: string;
  let packUrl: string;
  let packServer: Server;
  let extensionId: string;

  beforeAll(async () => {
    demo = inject('demoOrigin');
    [packServer, packUrl] = await servePack();
    packUrl += '/team.json';
    const ext = await launchWithExtension({ args: log.args });
    extensionId = ext.extensionId;
    ext.context.on('request', (request) =>
      seen.push({
        url: request.url(),
        from: request.serviceWorker() ? 'service worker' : (request.frame().page()?.url() ?? 'unknown'),
      }),
    );
    try {
      const zendesk = await useZendesk(ext, demo);
      await useIntercom(ext, demo);
      await useOptions(ext, packUrl);
      await useNotes(ext);
      // Controls: a request the test makes from each kind of context must show up in the records,
      // or the records prove nothing.
      const worker = ext.context.serviceWorkers()[0]!;
      await worker.evaluate((url) => fetch(url).catch(() => null), `${demo}/control/service-worker`);
      await inContentScript(
        zendesk,
        ext.extensionId,
        `fetch(${JSON.stringify(`${demo}/control/content-script`)}).then(() => 1, () => 0)`,
      );
      // Whatever runs on a timer (notes retention, the page reporters' heartbeats) gets time to run.
      await zendesk.waitForTimeout(3000);
    } finally {
      await ext.close();
    }
    logged = log.read();
  }, 240_000);
  afterAll(async () => {
    await new Promise((done) => packServer?.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('records every context: the service worker, the content script, the pages and the extension pages', () => {
    const extension = `chrome-extension://${extensionId}`;
    expect(logged).toContainEqual({ url: `${demo}/control/service-worker`, initiator: extension });
    // A content script's requests carry its page's origin, as the page's own would.
    expect(logged).toContainEqual({ url: `${demo}/control/content-script`, initiator: demo });
    expect(seen).toContainEqual({ url: `${demo}/control/service-worker`, from: 'service worker' });
    expect(logged).toContainEqual({ url: packUrl, initiator: extension });
    expect(seen.some(({ from }) => from.startsWith(`${extension}/sidepanel.html`))).toBe(true);
    expect(seen.some(({ from }) => from === `${extension}/notes.html`)).toBe(true);
    console.info(`no-network: ${logged.length} requests in Chromium's log, ${seen.length} seen by Playwright`);
  });

  it('sends nothing anywhere but the demo helpdesk and the pack address the test typed', () => {
    const allowed = (url: string) =>
      url.startsWith(`${demo}/`) || url === packUrl || url.startsWith(`chrome-extension://${extensionId}/`);
    const fromContexts = logged.filter(({ initiator, url }) => initiator !== 'browser' && !allowed(url));
    expect(fromContexts).toEqual([]);
    expect(seen.filter(({ url }) => !allowed(url) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    // What Chromium asked for by itself: its own services only (and the pages the test opened).
    const fromBrowser = logged.filter(
      ({ initiator, url }) => initiator === 'browser' && !allowed(url) && !CHROMIUM_SERVICES.test(url),
    );
    expect(fromBrowser).toEqual([]);
  });
});
