import type { BrowserContext, Page } from 'playwright-core';

/** The panel's guidance as plain text, for terminals without a display. Waits for it to appear. */
export async function panelGuidanceText(panel: Page): Promise<string> {
  await panel.locator('.step, .notice:not([aria-busy="true"])').first().waitFor({ timeout: 15_000 });
  const text = await panel.locator('main').innerText();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** One PNG with the helpdesk page on the left and the panel on the right, as a person would see them. */
export async function saveSideBySide(context: BrowserContext, page: Page, panel: Page, path: string): Promise<void> {
  const [left, right] = await Promise.all([page.screenshot(), panel.screenshot()]);
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1280 + 360 + 8, height: 800 });
  await sheet.setContent(
    `<body style="margin:0;display:flex;gap:8px;background:#8b949e">
      <img src="data:image/png;base64,${left.toString('base64')}" width="1280" height="800">
      <img src="data:image/png;base64,${right.toString('base64')}" width="360" height="800">
    </body>`,
  );
  await sheet.screenshot({ path });
  await sheet.close();
}
