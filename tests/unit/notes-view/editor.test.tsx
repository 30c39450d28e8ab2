import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getRecord, saveNotes } from '@/lib/notes';
import { closeAll } from '../notes/helpers';
import { idle, renderNotes } from './render';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

const saveStatus = () => screen.getByRole('status', { name: 'Save status' });

async function openEditor(user: Awaited<ReturnType<typeof renderNotes>>['user'], subject: string) {
  const row = screen.getByRole('listitem', { name: subject });
  await user.click(within(row).getByRole('button', { name: 'Timeline and notes' }));
  return row;
}

describe('the notes editor', () => {
  it('autosaves each field into the database and says so', async () => {
    const { db, user } = await renderNotes();
    const row = await openEditor(user, 'Refund not received');
    expect(within(row).getByLabelText('Tags')).toHaveValue('refund');
    await user.type(within(row).getByLabelText('Complaint'), 'Refund late by 3 weeks');
    await user.type(within(row).getByLabelText('Solution offered'), 'Refund re-issued');
    await user.type(within(row).getByLabelText('Tags'), ', vip');
    await user.type(within(row).getByLabelText('Follow-up date'), '2025-03-17');
    await user.selectOptions(within(row).getByLabelText('Status'), 'Resolved');
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Saved'));
    await idle();

    const saved = await getRecord(db, 'zendesk:acme:4521');
    expect(saved?.status).toBe('resolved');
    expect(saved?.notes).toMatchObject({
      complaint: 'Refund late by 3 weeks',
      solution: 'Refund re-issued',
      followUpDate: '2025-03-17',
      tags: ['refund', 'vip'],
    });
    // Writing the complaint performs step 6.
    expect(saved?.steps.map((s) => s.step)).toContain('document');
  });

  it('saves what is typed when the page is hidden, without waiting for the delay', async () => {
    const { db, user } = await renderNotes();
    const row = await openEditor(user, 'Cannot log in');
    await user.type(within(row).getByLabelText('Notes'), 'Reset the password');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    Reflect.deleteProperty(document, 'visibilityState');
    // The flush started the write; it lands before the 300 ms autosave delay would have.
    await waitFor(async () => expect((await getRecord(db, 'intercom:x:77'))?.notes.text).toBe('Reset the password'), {
      timeout: 200,
    });
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Saved'));
    await idle();
  });

  it('shows a full disk plainly and keeps the text in the editor', async () => {
    const { db, user } = await renderNotes();
    const row = await openEditor(user, 'Invoice is wrong');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.type(within(row).getByLabelText('Outcome'), 'Credit note sent');
    await waitFor(() =>
      expect(saveStatus()).toHaveTextContent(
        'Could not save: Browser storage is full. Your notes are still on this page',
      ),
    );
    await idle();
    expect(within(row).getByLabelText('Outcome')).toHaveValue('Credit note sent');
    expect((await getRecord(db, 'zendesk:acme:9000'))?.notes.outcome).toBe('');

    // Space freed: the next edit saves both.
    vi.mocked(IDBObjectStore.prototype.put).mockRestore();
    await user.type(within(row).getByLabelText('Notes'), 'ok');
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Saved'));
    await idle();
    expect((await getRecord(db, 'zendesk:acme:9000'))?.notes).toMatchObject({
      outcome: 'Credit note sent',
      text: 'ok',
    });
  });

  it('says Saved only when the stored text is the one typed: a newer edit from another tab is not a save', async () => {
    const { db, user } = await renderNotes();
    const row = await openEditor(user, 'Invoice is wrong');
    const outcome = within(row).getByLabelText('Outcome');
    await user.type(outcome, 'Credit note sent');
    // Another tab saves the same field after the agent typed, before this page's autosave lands.
    await saveNotes(db, 'zendesk:acme:9000', { outcome: 'Refund sent' }, new Date());
    await waitFor(() =>
      expect(saveStatus()).toHaveTextContent('Could not save: Another tab or window saved a newer version'),
    );
    await idle();
    expect(saveStatus()).not.toHaveTextContent('Saved');
    expect(outcome).toHaveValue('Credit note sent');
    expect((await getRecord(db, 'zendesk:acme:9000'))?.notes.outcome).toBe('Refund sent');

    // Typing on saves the text on screen over the other.
    await user.type(outcome, ' today');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved$/));
    await idle();
    expect((await getRecord(db, 'zendesk:acme:9000'))?.notes.outcome).toBe('Credit note sent today');
  });

  it('stores what the agent types, and only then says Saved, over an edit time in the future', async () => {
    const { db, user } = await renderNotes();
    const row = (await db.records.get('zendesk:acme:9000'))!;
    const future = '2999-01-01T00:00:00.000Z';
    await db.records.put({
      ...row,
      updatedAt: future,
      notes: { ...row.notes, outcome: 'imported outcome' },
      editedAt: { ...row.editedAt, outcome: future },
    });
    const editor = await openEditor(user, 'Invoice is wrong');
    await user.clear(within(editor).getByLabelText('Outcome'));
    await user.type(within(editor).getByLabelText('Outcome'), 'Credit note sent');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved$/));
    await idle();
    expect((await getRecord(db, 'zendesk:acme:9000'))?.notes.outcome).toBe('Credit note sent');
  });
});
