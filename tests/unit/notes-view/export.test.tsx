import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeAll } from '../notes/helpers';
import { idle, renderNotes } from './render';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const text = async (blob: Blob) => new TextDecoder().decode(await bytes(blob));
const exportButton = () =>
  within(screen.getByRole('region', { name: 'Export' })).getByRole('button', { name: 'Export' });

describe('exporting notes', () => {
  it('downloads all records as re-importable JSON', async () => {
    const { user, downloads } = await renderNotes();
    await user.click(exportButton());
    await waitFor(() => expect(downloads).toHaveLength(1));
    await idle();
    expect(downloads[0]!.filename).toMatch(/^steadyhand-notes-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await text(downloads[0]!.blob));
    expect(file).toMatchObject({ format: 'steadyhand-notes', redacted: false });
    expect(file.records.map((r: { id: string }) => r.id)).toEqual([
      'zendesk:acme:9000',
      'intercom:x:77',
      'zendesk:acme:4521',
    ]);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(`Exported ${downloads[0]!.filename}.`);
  });

  it('downloads the current filter as CSV, keeping the byte order mark Excel needs', async () => {
    const { user, downloads } = await renderNotes();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Helpdesk' }), 'Zendesk');
    await user.click(screen.getByRole('radio', { name: 'The current search and filters' }));
    await user.click(screen.getByRole('radio', { name: 'CSV (spreadsheets)' }));
    await user.click(exportButton());
    await waitFor(() => expect(downloads).toHaveLength(1));
    await idle();
    expect(downloads[0]!.filename).toMatch(/\.csv$/);
    expect([...(await bytes(downloads[0]!.blob)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = (await text(downloads[0]!.blob)).trim().split('\r\n');
    expect(rows).toHaveLength(3); // header + the two Zendesk records
    expect(rows.slice(1).every((row) => row.startsWith('"zendesk:'))).toBe(true);
  });

  it('downloads one record as Markdown case notes in the page’s words, redacted on request', async () => {
    const { user, downloads } = await renderNotes();
    await user.click(screen.getByRole('radio', { name: 'Markdown (case notes)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Customer names' }));
    const row = screen.getByRole('listitem', { name: 'Refund not received' });
    await user.click(within(row).getByRole('button', { name: 'Export this record' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    await idle();
    expect(downloads[0]!.filename).toBe('steadyhand-notes-zendesk-acme-4521.md');
    const markdown = await text(downloads[0]!.blob);
    expect(markdown).toContain('## Zendesk ticket 4521 — Refund not received');
    expect(markdown).toContain('- **Status:** Follow-up');
    expect(markdown).toContain('### Customer signals');
    expect(markdown).toContain('- Angry — ');
    expect(markdown).not.toContain('Maria');
  });
});
