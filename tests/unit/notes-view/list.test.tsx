import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesView } from '@/entrypoints/notes/components/NotesView';
import { downloadBlob } from '@/components/download';
import { saveNotes } from '@/lib/notes';
import { toRow } from '@/lib/notes/schema';
import { closeAll, freshDb, minutes } from '../notes/helpers';
import { listed, renderNotes } from './render';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

describe('the notes list', () => {
  it('lists every interaction newest first, with its ticket, customer, status, signals and link', async () => {
    await renderNotes();
    expect(listed()).toEqual(['Invoice is wrong', 'Cannot log in', 'Refund not received']);
    const refund = screen.getByRole('listitem', { name: 'Refund not received' });
    expect(refund).toHaveTextContent('Zendesk ticket 4521');
    expect(refund).toHaveTextContent('Customer: Maria Garcia');
    expect(refund).toHaveTextContent('Follow-up');
    expect(within(refund).getByRole('list', { name: 'Signals' })).toHaveTextContent('Angry');
    const link = within(refund).getByRole('link', { name: 'Open ticket' });
    expect(link).toHaveAttribute('href', 'https://acme.zendesk.com/agent/tickets/4521');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    // No address recorded: no link to nowhere.
    const invoice = screen.getByRole('listitem', { name: 'Invoice is wrong' });
    expect(within(invoice).queryByRole('link', { name: 'Open ticket' })).toBeNull();
  });

  it('never renders a link that is not the ticket’s own page, whatever a record holds', async () => {
    const db = freshDb();
    const good = await saveNotes(db, 'zendesk:acme:1', { text: 'own page' }, minutes(1));
    // Written around every check, as a database from before the check could hold them.
    const rows = [
      ['zendesk:acme:1', 'https://acme.zendesk.com/agent/tickets/1'],
      ['zendesk:acme:2', 'https://evil.example/agent/tickets/2'],
      ['zendesk:acme:3', 'https://globex.zendesk.com/agent/tickets/3'],
      ['zendesk:acme:4', 'https://acme.zendesk.com/agent/tickets/5'],
    ].map(([id, url], i) => ({
      ...toRow(good),
      id: id!,
      ticketId: String(i + 1),
      url: url!,
      subject: `ticket ${i + 1}`,
    }));
    await db.records.bulkPut(rows);
    render(<NotesView db={db} download={downloadBlob} />);
    await screen.findByText('Showing 4 of 4');
    const links = screen.getAllByRole('link', { name: 'Open ticket' });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://acme.zendesk.com/agent/tickets/1']);
  });

  it('narrows the list by search words and by each filter', async () => {
    const { user } = await renderNotes();
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'charg');
    await waitFor(() => expect(listed()).toEqual(['Invoice is wrong']));
    await user.clear(screen.getByRole('searchbox', { name: 'Search notes' }));
    await waitFor(() => expect(listed()).toHaveLength(3));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Helpdesk' }), 'Intercom');
    await waitFor(() => expect(listed()).toEqual(['Cannot log in']));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Signal' }), 'Angry');
    await waitFor(() => expect(listed()).toEqual(['Refund not received']));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'billing');
    await waitFor(() => expect(listed()).toEqual(['Invoice is wrong']));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Open');
    await waitFor(() => expect(listed()).toEqual(['Invoice is wrong', 'Cannot log in']));
  });

  it('filters by date range on the agent’s calendar days', async () => {
    const { user } = await renderNotes();
    // Every seeded record is from 2025-03-10; nothing was active after it or started before it.
    const day = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
    day('From', '2025-03-11');
    await waitFor(() => expect(screen.getByText('No interactions match the search and filters.')).toBeVisible());
    day('From', '');
    day('To', '2025-03-09');
    await waitFor(() => expect(listed()).toEqual([]));
    day('To', '2025-03-10');
    await waitFor(() => expect(listed()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByLabelText('To')).toHaveValue('');
  });

  it('shows more on request, 25 at a time', async () => {
    const { db, user } = await renderNotes({ seeded: false });
    // The page follows the database: its updates from these writes land inside act.
    await act(async () => {
      for (let i = 0; i < 30; i++) await saveNotes(db, `zendesk::${i}`, { text: `note ${i}` }, minutes(i));
    });
    // The page was empty when it read the list; an edit elsewhere reloads it, so do what a reload would.
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'note');
    await screen.findByText('Showing 25 of 30');
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByText('Showing 30 of 30');
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
