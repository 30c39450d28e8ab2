// Runs code in the content script's own world (its isolated world on the page), which Playwright does not
// reach: through the DevTools protocol, in the execution context Chromium names after the extension.
import type { Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

/** Evaluates `expression` in the extension's isolated world of `page`'s main frame; returns its value. */
export async function inContentScript<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => contexts.push(context));
    // Enabling reports every context that already exists.
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = contexts.find(
      (context) =>
        context.origin === `chrome-extension://${extensionId}` &&
        context.auxData?.type === 'isolated' &&
        context.auxData.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error(`No content script world of ${extensionId} on ${page.url()}`);
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: T }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`In the content script world: ${exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}
