import type { BrowserContext, Page } from 'playwright-core';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What the panel says, in a few lines for a terminal without a display: the step, why, the signals and
 * the top three phrases. Read the way a person reads the panel (by role and label); waits for it.
 */
export async function panelSummary(panel: Page): Promise<string> {
  await panel.locator('.step, .notice:not([aria-busy="true"])').first().waitFor({ timeout: 15_000 });
  const step = panel.locator('.step').first();
  if ((await step.count()) === 0) return oneLine(await panel.locator('main').innerText());
  const name = oneLine(await step.getByRole('heading').first().innerText());
  // The full reason, folded away in the panel (textContent: a closed <details> renders nothing to read).
  const why = oneLine((await step.getByLabel('Why', { exact: true }).textContent()) ?? '');
  const chips = panel.getByRole('list', { name: 'Customer signals' }).getByRole('button');
  const signals = (await chips.allInnerTexts()).map(oneLine);
  const list = panel.getByRole('list', { name: /^Phrases for / });
  await list.or(panel.locator('.phrases__empty')).first().waitFor({ timeout: 15_000 });
  const phrases = (await list.locator('.phrase__text').allInnerTexts()).slice(0, 3).map(oneLine);
  return [
    `Step:     ${name}`,
    `Why:      ${why}`,
    `Signals:  ${signals.length > 0 ? signals.join(', ') : 'none'}`,
    'Phrases:',
    ...(phrases.length > 0 ? phrases.map((text, i) => `  ${i + 1}. ${text}`) : ['  (none for this step)']),
  ].join('\n');
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
