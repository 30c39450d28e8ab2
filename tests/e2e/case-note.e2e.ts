// Issue 14 in a real browser: the case note goes into the helpdesk's internal note through the phrases' path,
// is refused (inserting nothing) while the composer writes a public reply, and copies as plain text. On the
// Zendesk demo (CKEditor 5, channel switcher) and the 2026 Intercom demo (ProseMirror and Reply/Note tabs inside
// a shadow root).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoSession } from '../../scripts/lib/demo-session';
import type { LaunchedExtension } from '../../scripts/lib/launch';
import { demo, openDemoPath } from './support/demo-api';

const SWITCH_FIRST = 'Switch the reply editor to Internal note first, then try again.';

interface Helpdesk {
  name: string;
  path: string;
  /** Turns the demo's composer to internal-note mode, as an agent does. */
  toInternalNote(page: Page): Promise<void>;
}

const HELPDESKS: Helpdesk[] = [
  {
    name: 'Zendesk demo (CKEditor 5, channel switcher)',
    path: '/zendesk/agent/tickets/4711',
    toInternalNote: async (page) => {
      await page.getByRole('button', { name: 'Public reply' }).click();
      await page.getByRole('menuitem', { name: 'Internal note' }).click();
    },
  },
  {
    name: 'Intercom 2026 demo (ProseMirror, Reply/Note tabs in a shadow root)',
    path: '/intercom/a/inbox/demo/inbox/conversation/215',
    toInternalNote: (page) => page.getByRole('tab', { name: 'Note' }).click(),
  },
];

/** Types the quick notes the case note is made of. */
async function fillNotes(panel: Page, complaint: string): Promise<void> {
  await panel.getByLabel('Complaint').fill(complaint);
  await panel.getByLabel('Solution offered').fill('Refund of the second charge');
}

describe.each(HELPDESKS)('case note on the $name', ({ path, toInternalNote }) => {
  let ext: LaunchedExtension;
  let session: DemoSession;
  const complaint = `Charged twice (e2e ${Date.now()})`;
  beforeAll(async () => {
    [ext, session] = await openDemoPath(path);
    await session.panel.getByLabel('Complaint').waitFor();
    await fillNotes(session.panel, complaint);
  });
  afterAll(() => ext?.close());

  it('refuses a public reply with the status line, inserting nothing', async () => {
    const { page, panel } = session;
    const before = await demo<string>(page, 'editorText');
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Add case note to internal note' }).click();
    await panel.getByRole('status').filter({ hasText: SWITCH_FIRST }).waitFor();
    expect(await demo<string>(page, 'editorText')).toBe(before);
    expect(await demo<number>(page, 'submitCount')).toBe(0);
  });

  it('puts the case note into the internal note once the composer writes one, never sending it', async () => {
    const { page, panel } = session;
    await page.bringToFront();
    await toInternalNote(page);
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Add case note to internal note' }).click();
    await panel.getByRole('status').filter({ hasText: 'Case note added to the internal note' }).waitFor();
    const text = await demo<string>(page, 'editorText');
    expect(text).toContain(`Complaint: ${complaint}`);
    expect(text).toContain('Solution offered: Refund of the second charge');
    expect(text).toMatch(/Phrases used: \d+/);
    expect(await demo<number>(page, 'submitCount')).toBe(0);
  });

  it('copies the case note as plain text', async () => {
    const { panel } = session;
    // The extension page cannot be granted clipboard-read (an opaque origin to the protocol): note what the
    // clipboard was given, and let the real write go on; the status line says Copied only once it succeeded.
    await panel.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Copy case note' }).click();
    await panel.getByRole('status').filter({ hasText: 'Case note copied as plain text.' }).waitFor();
    const copied = await panel.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied.split('\n').slice(0, 3)).toEqual([
      'Case note',
      `Complaint: ${complaint}`,
      'Solution offered: Refund of the second charge',
    ]);
  });
});
