// npm start: build the demo, serve the demo helpdesk, and open it in Chromium with Steadyhand loaded.
// Headless (no display, or --headless): print a summary of the panel and write a screenshot under .output/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { ChromiumNotFoundError, findChromium } from './lib/chromium';
import { startDemoServer } from './lib/demo-server';
import { openDemoSession } from './lib/demo-session';
import { DEMO_SITE_DIR, launchWithExtension } from './lib/launch';
import { panelSummary, saveSideBySide } from './lib/panel-output';

const SCREENSHOT = '.output/steadyhand-demo.png';

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !hasDisplay();
  try {
    findChromium();
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const build = spawnSync('npm', ['run', '--silent', 'build:demo'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const server = await startDemoServer(DEMO_SITE_DIR);
  const ext = await launchWithExtension({ headless });
  const { page, panel } = await openDemoSession(ext, server.origin, 'zendesk');
  console.log(
    `Demo helpdesk: ${server.origin} (Zendesk ticket open; Intercom at ${server.origin}/intercom/a/inbox/demo/inbox/conversation/215)`,
  );

  console.log('\n' + (await panelSummary(panel)) + '\n');

  if (headless) {
    mkdirSync('.output', { recursive: true });
    await saveSideBySide(ext.context, page, panel, SCREENSHOT);
    console.log(`Screenshot: ${SCREENSHOT}`);
    await ext.close();
    await server.close();
    return;
  }
  console.log('Chromium is open with the demo ticket and the panel in a tab beside it.');
  console.log('Click the Steadyhand toolbar icon to open the real side panel. Press Ctrl+C to stop.');
  const stop = async () => {
    await ext.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  ext.context.on('close', () => void stop());
}

await main();
