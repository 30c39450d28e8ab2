// The draft check in real Chromium, with the panel at 400×900: typing in the reply editor (CKEditor 5 on
// the demo Zendesk; ProseMirror inside the shadow root of the 2026 Intercom demo) tells the panel what the
// draft does for the suggested step, and an emptied editor clears it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { DemoSession } from '../../scripts/lib/demo-session';
import type { LaunchedExtension } from '../../scripts/lib/launch';
import { openDemoPath as open } from './support/demo-api';

const check = (panel: Page) => panel.getByRole('status', { name: 'Draft check' });

/** Types into the page's reply editor as the agent does: click into it, then keys. */
async function typeDraft(page: Page, editor: string, text: string): Promise<void> {
  await page.locator(editor).first().click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text, { delay: 20 });
}

async function clearDraft(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
}

describe.each([
  {
    helpdesk: 'Zendesk (CKEditor 5)',
    path: '/zendesk/agent/tickets/4711',
    editor: '.ck-editor__editable[contenteditable="true"]',
    // The demo ticket asks for step 1, Listen & Acknowledge.
    first: ['Thanks for reaching out!', 'a friendly opener, not an acknowledgement yet'] as const,
    then: [' Oh no, that is not the experience we want for you.', 'Your draft acknowledges the problem ✓'] as const,
  },
  {
    helpdesk: 'Intercom 2026 (ProseMirror in a shadow root)',
    path: '/intercom/a/inbox/demo/inbox/conversation/215',
    editor: '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
    // The demo conversation asks for step 4, Offer Solutions & Options.
    first: ['Thanks for your patience.', 'Your draft: no solution or option yet'] as const,
    then: [' You could get a full refund or a replacement.', 'Your draft offers a way forward ✓'] as const,
  },
])('the draft check on $helpdesk', ({ path, editor, first, then }) => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  beforeAll(async () => ([ext, session] = await open(path)));
  afterAll(() => ext?.close());

  it('reacts to typing, with the draft’s words, and clears when the editor is emptied', async () => {
    const { page, panel } = session;
    // The step card first: the check is about the step the panel suggests.
    await panel.locator('.step__name').first().waitFor();
    await panel.waitForFunction(() => document.querySelector('[role="status"][aria-label="Draft check"]') === null);
    for (const [text, said] of [first, then]) {
      await typeDraft(page, editor, text);
      await check(panel).filter({ hasText: said }).waitFor();
    }
    await clearDraft(page);
    await check(panel).waitFor({ state: 'detached' });
  });
});
