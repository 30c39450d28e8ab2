// npm run store:images: the images the Chrome Web Store and Firefox Add-ons ask for, written to store/images/
// from the demo build: five 1280×800 screenshots of the real extension on the demo helpdesk, the 440×280
// promo tile and the 128×128 store icon. Run it on purpose after the panel changes; review, then commit.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { startDemoServer } from '../lib/demo-server';
import { openDemoSession } from '../lib/demo-session';
import { DEMO_SITE_DIR, launchWithExtension } from '../lib/launch';
import { promoTilePage, storeIconPage } from './store-art';

const OUT = 'store/images';
// Both stores take 1280×800 screenshots; the helpdesk and the panel share the width as a laptop shows them.
const SCREEN = { width: 1280, height: 800 } as const;
const PANEL_WIDTH = 400;
// A fixed clock keeps the times shown, and so the committed images, the same run to run.
const NOW = new Date('2026-11-20T15:30:00Z');
const ABUSE = 'You are a useless idiot. Fuck you and your whole team.';
const TAGLINE = 'Step-by-step guidance for hard support conversations.';

/** Renders `html` at `width`×`height` to store/images/`name`. */
async function render(context: BrowserContext, html: string, name: string, width: number, height: number) {
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width, height });
  await sheet.setContent(html);
  await sheet.screenshot({ path: `${OUT}/${name}`, omitBackground: true });
  await sheet.close();
  console.log(`${OUT}/${name} (${width}×${height})`);
}

/** The helpdesk tab and the panel beside it, as one 1280×800 screenshot. */
async function sideBySide(context: BrowserContext, page: Page, panel: Page, name: string): Promise<void> {
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const [left, right] = await Promise.all([page.screenshot(), panel.screenshot()]);
  const img = (png: Buffer, width: number) =>
    `<img src="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${SCREEN.height}">`;
  await render(
    context,
    `<body style="margin:0;display:flex">${img(left, SCREEN.width - PANEL_WIDTH)}${img(right, PANEL_WIDTH)}</body>`,
    name,
    SCREEN.width,
    SCREEN.height,
  );
}

/** An extension page on its own, full width. */
async function fullPage(page: Page, name: string): Promise<void> {
  await page.setViewportSize(SCREEN);
  await page.screenshot({ path: `${OUT}/${name}` });
  console.log(`${OUT}/${name} (${SCREEN.width}×${SCREEN.height})`);
}

async function main(): Promise<void> {
  const build = spawnSync('npm', ['run', '--silent', 'build:demo'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  mkdirSync(OUT, { recursive: true });
  const svg = readFileSync('assets/icon.svg', 'utf8');
  const server = await startDemoServer(DEMO_SITE_DIR);
  const ext = await launchWithExtension();
  try {
    await ext.context.clock.setFixedTime(NOW);
    const sizes = async ({ page, panel }: { page: Page; panel: Page }) => {
      await page.setViewportSize({ width: SCREEN.width - PANEL_WIDTH, height: SCREEN.height });
      await panel.setViewportSize({ width: PANEL_WIDTH, height: SCREEN.height });
      await panel.emulateMedia({ reducedMotion: 'reduce' });
      await panel.getByRole('list', { name: /^Phrases for / }).waitFor();
      await panel.getByRole('region', { name: 'Quick notes' }).waitFor();
    };

    const zendesk = await openDemoSession(ext, server.origin, 'zendesk');
    await sizes(zendesk);
    await sideBySide(ext.context, zendesk.page, zendesk.panel, 'screenshot-1-guidance.png');
    await zendesk.page.evaluate((text) => {
      (
        window as unknown as { steadyhandDemo: { appendCustomerMessage(t: string): void } }
      ).steadyhandDemo.appendCustomerMessage(text);
    }, ABUSE);
    await zendesk.panel.getByRole('alert', { name: 'Set a boundary' }).waitFor();
    await zendesk.panel.getByRole('list', { name: /^Phrases for / }).waitFor();
    await sideBySide(ext.context, zendesk.page, zendesk.panel, 'screenshot-2-boundary.png');

    const intercom = await openDemoSession(ext, server.origin, 'intercom');
    await sizes(intercom);
    await intercom.panel.emulateMedia({ colorScheme: 'dark' });
    await sideBySide(ext.context, intercom.page, intercom.panel, 'screenshot-3-intercom-dark.png');

    const notes = await ext.context.newPage();
    await notes.goto(`chrome-extension://${ext.extensionId}/notes.html`);
    // The background records the demo ticket shortly after the panel reads it; the list shows it on a reload.
    const row = notes.getByRole('listitem', { name: /Charged twice for my annual plan/ });
    for (let i = 0; i < 50 && (await row.count()) === 0; i++) {
      await notes.waitForTimeout(200);
      await notes.reload();
    }
    await row.getByRole('button', { name: 'Timeline and notes' }).click();
    await row.getByRole('list', { name: 'Timeline' }).waitFor();
    await fullPage(notes, 'screenshot-4-notes.png');

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Installed packs' }).waitFor();
    await fullPage(options, 'screenshot-5-phrase-packs.png');

    await render(ext.context, promoTilePage(svg, TAGLINE), 'promo-small-440x280.png', 440, 280);
    await render(ext.context, storeIconPage(svg), 'store-icon-128.png', 128, 128);
  } finally {
    await ext.close();
    await server.close();
  }
  console.log('Review the images, then commit them.');
}

await main();
