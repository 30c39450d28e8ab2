import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium } from './chromium';

export const DEMO_EXTENSION_DIR = resolve('.output/demo/chrome-mv3');
export const DEMO_SITE_DIR = resolve('.output/demo-site');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded, in a throwaway profile. */
export async function launchWithExtension({
  extensionDir = DEMO_EXTENSION_DIR,
  headless = true,
  colorScheme = 'light',
  args = [],
  lang,
}: {
  extensionDir?: string;
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  /** More Chromium switches (a network log, say). */
  args?: string[];
  /**
   * The browser's language, as an agent's Chromium set to it has (`es`): `--lang` picks the extension's
   * messages (`_locales/<lang>`), `--accept-lang` is what pages read as `navigator.language`, and `LANGUAGE`
   * is where Chromium on Linux looks for its own. Absent: the machine's language (English on CI).
   */
  lang?: string;
} = {}): Promise<LaunchedExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'steadyhand-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    colorScheme,
    viewport: { width: 1280, height: 800 },
    ...(lang && { env: { ...process.env, LANGUAGE: lang } }),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // This machine's network is closed; without these Chromium keeps dialling Google's services.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : []),
      ...args,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
