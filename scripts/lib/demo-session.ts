import type { Page } from 'playwright-core';
import { DEMO_PATHS } from './demo-server';
import type { LaunchedExtension } from './launch';

export type DemoHelpdesk = keyof typeof DEMO_PATHS;

/** A side panel's size on a laptop screen: what the panel is designed, tested and pictured at. */
export const PANEL_VIEWPORT = { width: 400, height: 900 } as const;

export interface DemoSession {
  /** The demo helpdesk tab. */
  page: Page;
  /** The side panel, opened as a tab pinned to the helpdesk tab (`sidepanel.html?tab=ID`). */
  panel: Page;
  tabId: number;
}

interface ChromeTabs {
  tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> };
}

/** The browser's id for the tab showing `url`, asked of the extension's service worker. */
export async function tabIdOf(ext: LaunchedExtension, url: string): Promise<number> {
  const worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker'));
  const id = await worker.evaluate(
    async (pattern) => {
      const { tabs } = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
      return (await tabs.query({ url: pattern }))[0]?.id ?? null;
    },
    url.split('#')[0] ?? url,
  );
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Opens a demo conversation and the side panel beside it, as `npm start` and the e2e tests do. */
export async function openDemoSession(
  ext: LaunchedExtension,
  origin: string,
  helpdesk: DemoHelpdesk,
): Promise<DemoSession> {
  const page = await ext.context.newPage();
  await page.goto(origin + DEMO_PATHS[helpdesk]);
  const tabId = await tabIdOf(ext, page.url());
  const panel = await ext.context.newPage();
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  return { page, panel, tabId };
}
