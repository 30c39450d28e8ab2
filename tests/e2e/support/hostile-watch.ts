// What the hostile-page tests watch from outside: errors in every world of a page (Playwright sees only
// the main world; the content script's isolated world is reached through the DevTools protocol), whether
// a payload ran in any context the extension has, and how much of the page's thread our content script used.
import type { CDPSession, Page } from 'playwright-core';
import type { LaunchedExtension } from '../../../scripts/lib/launch';
import { SENTINEL } from '../../support/hostile';
import { inContentScript } from './content-world';

export interface Problem {
  where: string;
  text: string;
  /** Thrown or logged by extension code (its world, its script URLs), or naming Steadyhand. */
  fromExtension: boolean;
}

interface StackTrace {
  callFrames: Array<{ url: string }>;
}

const EXTENSION = /chrome-extension:\/\/|steadyhand/i;

/** Every uncaught exception and console/log error on a helpdesk page, from any of its worlds. */
export async function watchHelpdeskPage(page: Page, where: string, problems: Problem[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const ours = new Set<number>();
  const fromUs = (contextId: number | undefined, text: string, stack?: StackTrace) =>
    (contextId !== undefined && ours.has(contextId)) ||
    EXTENSION.test(text) ||
    (stack?.callFrames.some((frame) => EXTENSION.test(frame.url)) ?? false);
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) ours.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: e }) => {
    const text = `uncaught: ${e.exception?.description ?? e.text} (${e.url ?? ''})`;
    problems.push({ where, text, fromExtension: fromUs(e.executionContextId, text, e.stackTrace) });
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId, stackTrace }) => {
    if (type !== 'error' && type !== 'assert') return;
    const text = `console.${type}: ${args.map((a) => a.description ?? String(a.value)).join(' ')}`;
    problems.push({ where, text, fromExtension: fromUs(executionContextId, text, stackTrace) });
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level !== 'error') return;
    const text = `log: ${entry.text} (${entry.url ?? ''})`;
    problems.push({ where, text, fromExtension: fromUs(undefined, text, entry.stackTrace) });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
}

/** Uncaught errors and console errors of an extension page: all of them are ours. */
export function watchExtensionPage(page: Page, where: string, problems: Problem[]): void {
  page.on('pageerror', (error) => problems.push({ where, text: `uncaught: ${error.message}`, fromExtension: true }));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ where, text: message.text(), fromExtension: true });
  });
}

/** True where a payload ran (SENTINEL set) or a prototype was polluted (see `tampered` in hostile.ts). */
export const PROBE = `(${JSON.stringify(SENTINEL)} in globalThis) || 'polluted' in Object.prototype || 'polluted' in Array.prototype`;

export interface Sweep {
  checked: string[];
  tampered: string[];
}

/**
 * Looks for the sentinel in every context: each frame of each helpdesk page (main world) and the content
 * script's isolated world there, each extension page, and the service worker.
 */
export async function sweep(
  ext: LaunchedExtension,
  helpdeskPages: Record<string, Page>,
  extensionPages: Record<string, Page>,
): Promise<Sweep> {
  const result: Sweep = { checked: [], tampered: [] };
  const check = async (where: string, probe: () => Promise<unknown>) => {
    result.checked.push(where);
    if ((await probe()) !== false) result.tampered.push(where);
  };
  for (const [name, page] of Object.entries(helpdeskPages)) {
    for (const [i, frame] of page.frames().entries())
      await check(`${name} page, frame ${i} (${frame.url().slice(0, 60)})`, () => frame.evaluate(PROBE));
    await check(`${name} content script`, () => inContentScript(page, ext.extensionId, PROBE));
  }
  for (const [name, page] of Object.entries(extensionPages)) await check(name, () => page.evaluate(PROBE));
  for (const [i, worker] of ext.context.serviceWorkers().entries())
    await check(`service worker ${i}`, () => worker.evaluate(PROBE));
  return result;
}

interface Profile {
  nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/**
 * Runs `work` while sampling the page's thread; returns its result and the time spent in the content
 * script's code, what it called included (a sample counts when any frame of its stack is ours).
 */
export async function profileContentScript<T>(
  page: Page,
  extensionId: string,
  work: () => Promise<T>,
): Promise<{ result: T; scriptMs: number; sampledMs: number }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    const result = await work();
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const script = `chrome-extension://${extensionId}/content-scripts/`;
    const ours = (id: number): boolean => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
        if (byId.get(at)?.callFrame.url.startsWith(script)) return true;
      return false;
    };
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    let scriptUs = 0;
    // Each delta is the time before its sample: the sample before it was running then.
    for (let i = 1; i < samples.length; i++) if (ours(samples[i - 1]!)) scriptUs += deltas[i] ?? 0;
    return { result, scriptMs: scriptUs / 1000, sampledMs: (profile.endTime - profile.startTime) / 1000 };
  } finally {
    await cdp.detach();
  }
}

/** Starts counting the `tab:changed` messages for `tabId` that reach the panel; returns a reader of the count. */
export async function countPanelUpdates(panel: Page, tabId: number): Promise<() => Promise<number>> {
  await panel.evaluate((tab) => {
    type Runtime = { onMessage: { addListener(fn: (message: unknown) => undefined): void } };
    const scope = globalThis as unknown as { chrome: { runtime: Runtime }; hostileUpdates: number };
    scope.hostileUpdates = 0;
    scope.chrome.runtime.onMessage.addListener((message) => {
      const m = message as { type?: string; data?: { tabId?: number } } | null;
      if (m?.type === 'tab:changed' && m.data?.tabId === tab) scope.hostileUpdates++;
      return undefined;
    });
  }, tabId);
  return () => panel.evaluate(() => (globalThis as unknown as { hostileUpdates: number }).hostileUpdates);
}

/**
 * Runs in any page: elements a payload would have made had it been parsed as HTML (event-handler
 * attributes, frames, plugins, refreshes, inline scripts, script URLs, the corpus' `src=x`), in the
 * document and every open shadow root. Pages built from text have none.
 */
export function parsedMarkup(): string[] {
  const found: string[] = [];
  const suspicious =
    'iframe, object, embed, meta[http-equiv], script:not([src]), [href^="javascript:" i], [src="x"], [srcdoc]';
  const visit = (root: ParentNode): void => {
    for (const el of root.querySelectorAll('*')) {
      if (Array.from(el.attributes).some((a) => /^on/i.test(a.name)) || el.matches(suspicious))
        found.push(el.localName);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return found;
}
