// The demo pages' test API (window.steadyhandDemo, demo/src), and a demo page opened with its panel at
// the size an agent's side panel has.
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { PANEL_VIEWPORT, tabIdOf, type DemoSession } from '../../../scripts/lib/demo-session';
import { launchWithExtension, type LaunchedExtension } from '../../../scripts/lib/launch';

export interface Demo {
  whenReady: Promise<void>;
  whenLoaded?: Promise<void>;
  editorText(): string;
  submitCount: number;
  appendCustomerMessage(text: string): void;
  switchConversation(id: number): void;
  switchTicket(id: number): void;
  remountApp(): void;
  showMore(): void;
}

/** Calls the demo page's API (window.steadyhandDemo) with a JSON argument. */
export function demo<T>(page: Page, method: keyof Demo, arg?: unknown): Promise<T> {
  return page.evaluate(
    ([name, value]) => {
      const api = (window as unknown as { steadyhandDemo: Record<string, unknown> }).steadyhandDemo;
      const member = api[name as string];
      return (typeof member === 'function' ? (member as (v: unknown) => unknown).call(api, value) : member) as T;
    },
    [method, arg] as const,
  );
}

/**
 * Opens a demo page at `path` and the side panel for its tab, at a side panel's size; `launch` sets up the
 * browser (its language, say).
 */
export async function openDemoPath(
  path: string,
  launch?: Parameters<typeof launchWithExtension>[0],
): Promise<[LaunchedExtension, DemoSession]> {
  const ext = await launchWithExtension(launch);
  return [ext, await openDemoPathIn(ext, path)];
}

/** Opens a demo page at `path` and its side panel in a browser already running (another helpdesk, say). */
export async function openDemoPathIn(ext: LaunchedExtension, path: string): Promise<DemoSession> {
  const page = await ext.context.newPage();
  await page.goto(inject('demoOrigin') + path);
  await demo(page, 'whenReady');
  const tabId = await tabIdOf(ext, page.url());
  const panel = await ext.context.newPage();
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  return { page, panel, tabId };
}
