// The walking skeleton's promise: content script reads the demo helpdesk → background → side panel shows
// that conversation and its guidance, and follows the page live.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDemoSession, type DemoHelpdesk, type DemoSession } from '../../scripts/lib/demo-session';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/lib/launch';

const cases: Array<{ helpdesk: DemoHelpdesk; subject: RegExp; customer: string }> = [
  { helpdesk: 'zendesk', subject: /Charged twice for my annual plan/, customer: 'Dana Whitfield' },
  { helpdesk: 'intercom', subject: /Marco Bellini/, customer: 'Marco Bellini' },
];

describe.each(cases)('$helpdesk demo', ({ helpdesk, subject, customer }) => {
  let ext: LaunchedExtension;
  let session: DemoSession;

  beforeAll(async () => {
    ext = await launchWithExtension();
    session = await openDemoSession(ext, inject('demoOrigin'), helpdesk);
  });
  afterAll(() => ext?.close());

  it('shows the conversation and a guidance step in the panel', async () => {
    const { panel } = session;
    await panel.getByRole('heading', { name: subject }).waitFor();
    await panel.getByText(customer).first().waitFor();
    const step = panel.getByRole('region', { name: /Listen|Empathize|Clarify|Offer|Take Action|Document|boundary/i });
    await step.waitFor();
    // Why, in one line with the words it rests on.
    expect(await step.getByText(/^Why: \S/).count()).toBe(1);
  });

  it('follows a message appended to the page', async () => {
    const { page, panel } = session;
    const text = `I am still waiting for an answer (${helpdesk} e2e ${Date.now()})`;
    await page.evaluate((message) => {
      (
        window as unknown as { steadyhandDemo: { appendCustomerMessage(text: string): void } }
      ).steadyhandDemo.appendCustomerMessage(message);
    }, text);
    await panel.getByLabel('Latest customer message').filter({ hasText: text }).waitFor();
  });
});
