// npm run screenshots: refreshes the README's images (docs/) from the demo build, on purpose and only
// then. The end-to-end tests write theirs under .output/screenshots, so a test run never changes docs/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startDemoServer } from './lib/demo-server';
import { openDemoSession, PANEL_VIEWPORT } from './lib/demo-session';
import { DEMO_SITE_DIR, launchWithExtension } from './lib/launch';
import { saveSideBySide } from './lib/panel-output';

const DOCS = 'docs';
// A fixed clock keeps the times shown, and so the committed images, the same run to run.
const NOW = new Date('2026-11-20T15:30:00Z');
const ABUSE = 'You are a useless idiot. Fuck you and your whole team.';

/** The panel at rest: no tooltip left open by a focus, no fade caught half-way. */
async function shoot(panel: Page, name: string): Promise<void> {
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await panel.screenshot({ path: `${DOCS}/screenshots/${name}.png` });
  console.log(`${DOCS}/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  const build = spawnSync('npm', ['run', '--silent', 'build:demo'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  mkdirSync(`${DOCS}/screenshots`, { recursive: true });
  const server = await startDemoServer(DEMO_SITE_DIR);
  const ext = await launchWithExtension();
  try {
    await ext.context.clock.setFixedTime(NOW);
    const { page, panel } = await openDemoSession(ext, server.origin, 'zendesk');
    await panel.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    // Every section in place, the lazy ones included.
    await panel.getByRole('list', { name: /^Phrases for / }).waitFor();
    await panel.getByRole('region', { name: 'Quick notes' }).waitFor();
    await shoot(panel, 'panel-light');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shoot(panel, 'panel-dark');
    await panel.emulateMedia({ colorScheme: 'light' });
    await saveSideBySide(ext.context, page, panel, `${DOCS}/screenshot.png`);
    console.log(`${DOCS}/screenshot.png`);
    await page.evaluate((text) => {
      (
        window as unknown as { steadyhandDemo: { appendCustomerMessage(t: string): void } }
      ).steadyhandDemo.appendCustomerMessage(text);
    }, ABUSE);
    await panel.getByRole('alert', { name: 'Set a boundary' }).waitFor();
    await panel.getByRole('list', { name: /^Phrases for / }).waitFor();
    await shoot(panel, 'panel-boundary');
  } finally {
    await ext.close();
    await server.close();
  }
  console.log(`Panel at ${PANEL_VIEWPORT.width}×${PANEL_VIEWPORT.height}. Review the images, then commit them.`);
}

await main();
