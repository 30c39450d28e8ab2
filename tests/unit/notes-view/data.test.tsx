import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportNotes, getRecord, listRecords, saveNotes } from '@/lib/notes';
import { notesRetentionDays } from '@/lib/notes/retention-setting';
import { closeAll, minutes } from '../notes/helpers';
import { idle, listed, renderNotes } from './render';

const STORED_NONE = /\b0 records stored/;

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

const pick = (text: string) =>
  fireEvent.change(screen.getByLabelText('Import a JSON export'), {
    target: { files: [new File([text], 'notes.json', { type: 'application/json' })] },
  });
const dump = async (db: Parameters<typeof listRecords>[0]) => (await listRecords(db, {}, { limit: 1000 })).records;

describe('importing notes', () => {
  it('lists every problem and writes nothing', async () => {
    const { db } = await renderNotes();
    const before = await dump(db);
    const { blob } = await exportNotes(db, { selection: { kind: 'all' }, format: 'json' });
    const file = JSON.parse(await blob.text());
    file.records[0].status = 'done';
    file.records[2].notes.tags = [7];
    pick(JSON.stringify(file));
    const problems = await screen.findByRole('list', { name: 'Problems in the file' });
    await idle();
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'records[0].status: expected "open", "follow-up", or "resolved"',
      'records[2].notes.tags[0]: expected text',
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was imported.');
    expect(await dump(db)).toEqual(before);
  });

  it('merges a good file and says what changed', async () => {
    const { db } = await renderNotes();
    const { blob } = await exportNotes(db, { selection: { kind: 'all' }, format: 'json' });
    await saveNotes(db, 'zendesk:acme:4521', { text: 'older text' }, minutes(-60));
    const file = JSON.parse(await blob.text());
    file.records[0].ticketId = '1';
    file.records[0].id = 'zendesk:acme:1';
    pick(JSON.stringify(file));
    await screen.findByText('1 added, 0 updated, 2 unchanged.');
    await waitFor(() => expect(listed()).toHaveLength(4));
    expect(await getRecord(db, 'zendesk:acme:1')).toBeDefined();
  });
});

describe('data controls', () => {
  it('deletes all records only after a second, explicit click', async () => {
    const { db, user } = await renderNotes();
    await user.click(screen.getByRole('button', { name: 'Delete all records…' }));
    expect(await dump(db)).toHaveLength(3);
    const confirm = screen.getByRole('group', { name: 'Delete all records…' });
    expect(confirm).toHaveTextContent('This deletes all 3 records');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await dump(db)).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Delete all records…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete all records' }));
    await screen.findByText('All records deleted.');
    await idle();
    expect(await dump(db)).toEqual([]);
    await waitFor(() => expect(listed()).toEqual([]));
    // The page is done only when its storage line has caught up too.
    await screen.findByText(STORED_NONE);
  });

  it('deletes one record after confirming', async () => {
    const { db, user } = await renderNotes();
    const row = screen.getByRole('listitem', { name: 'Cannot log in' });
    await user.click(within(row).getByRole('button', { name: 'Delete' }));
    expect(await getRecord(db, 'intercom:x:77')).toBeDefined();
    await user.click(within(row).getByRole('button', { name: 'Delete record' }));
    await screen.findByText('Record deleted.');
    await idle();
    expect(await getRecord(db, 'intercom:x:77')).toBeUndefined();
    await waitFor(() => expect(listed()).toEqual(['Invoice is wrong', 'Refund not received']));
  });

  it('stores the retention setting and applies it at once', async () => {
    const { db, user } = await renderNotes();
    expect(await screen.findByText(/3 records stored/)).toBeVisible();
    const days = screen.getByLabelText('Auto-delete records unchanged for (days)');
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: 'Save retention' }));
    expect(screen.getByText('Enter a whole number of days, 1 or more, or leave it empty.')).toBeVisible();
    expect(await notesRetentionDays.getValue()).toBeNull();

    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Save retention' }));
    // The seeded records are from March 2025, long before today.
    await screen.findByText('Retention saved. 3 old records deleted.');
    await idle();
    expect(await notesRetentionDays.getValue()).toBe(30);
    expect(await dump(db)).toEqual([]);
    await waitFor(() => expect(listed()).toEqual([]));
    await screen.findByText(STORED_NONE);
  });
});
