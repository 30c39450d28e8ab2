import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuickNotes, type QuickNotesDraft, type SaveState } from '@/entrypoints/sidepanel/components/notes/QuickNotes';
import { autosave } from '@/entrypoints/sidepanel/notes-autosave';
import { notesDb } from '@/entrypoints/sidepanel/notes-db';
import { QuickNotesPanel } from '@/entrypoints/sidepanel/QuickNotesPanel';
import { panelStore } from '@/entrypoints/sidepanel/store';
import { getRecord, saveNotes } from '@/lib/notes';
import { conversation } from '../notes/helpers';

const EMPTY: QuickNotesDraft = { complaint: '', solution: '', outcome: '', followUpDate: '' };

function Harness({
  onEdit,
  saveState = { kind: 'idle' },
}: {
  onEdit: (p: Partial<QuickNotesDraft>) => void;
  saveState?: SaveState;
}) {
  const [draft, setDraft] = useState(EMPTY);
  return (
    <QuickNotes
      draft={draft}
      saveState={saveState}
      notesUrl="chrome-extension://id/notes.html"
      onEdit={(patch) => {
        setDraft((d) => ({ ...d, ...patch }));
        onEdit(patch);
      }}
    />
  );
}

describe('QuickNotes', () => {
  it('hands every keystroke to the autosave, field by field', async () => {
    const onEdit = vi.fn();
    render(<Harness onEdit={onEdit} />);
    await userEvent.type(screen.getByLabelText('Complaint'), 'Double charge');
    expect(screen.getByLabelText('Complaint')).toHaveValue('Double charge');
    expect(onEdit).toHaveBeenLastCalledWith({ complaint: 'Double charge' });
    await userEvent.type(screen.getByLabelText('Follow-up date'), '2026-11-25');
    expect(onEdit).toHaveBeenLastCalledWith({ followUpDate: '2026-11-25' });
  });

  it('says how saving went, including why it failed', () => {
    const { rerender } = render(<Harness onEdit={() => undefined} saveState={{ kind: 'saving' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    rerender(<Harness onEdit={() => undefined} saveState={{ kind: 'failed', message: 'disk full' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Could not save: disk full');
  });

  it('links to all interaction notes', () => {
    render(<Harness onEdit={() => undefined} />);
    expect(screen.getByRole('link', { name: 'All interaction notes' })).toHaveAttribute(
      'href',
      'chrome-extension://id/notes.html',
    );
  });
});

describe('QuickNotesPanel', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    // Unmounted first: the saves below belong to no test, and their "Saved" has no panel to update.
    cleanup();
    await autosave.flush().catch(() => undefined);
    await notesDb().records.clear();
    panelStore.setState({ notesFor: null, saveState: { kind: 'idle' } });
  });

  /**
   * The panel's notes for a ticket of the Zendesk account "acme" (one per test: the panel's autosave is one
   * for the page, and an edit that lost to another tab stays queued for that ticket).
   */
  async function renderPanel(id: string) {
    render(<QuickNotesPanel conversation={conversation({ id })} />);
    return screen.findByLabelText('Complaint');
  }

  it('saves into the conversation’s own record, its account part of the key, and says Saved', async () => {
    await saveNotes(notesDb(), 'zendesk:globex:4521', { complaint: 'the other account’s ticket 4521' });
    const complaint = await renderPanel('4521');
    expect(complaint).toHaveValue('');
    await userEvent.type(complaint, 'Double charge');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Saved$/));
    expect((await getRecord(notesDb(), 'zendesk:acme:4521'))?.notes.complaint).toBe('Double charge');
    expect((await getRecord(notesDb(), 'zendesk:globex:4521'))?.notes.complaint).toBe(
      'the other account’s ticket 4521',
    );
  });

  it('says Saved only when the stored text is the one typed, and keeps the typed text when it is not', async () => {
    const complaint = await renderPanel('4522');
    await userEvent.type(complaint, 'Double charge');
    // Another tab's panel saves the same field after this one's keystrokes, before its autosave lands.
    await saveNotes(notesDb(), 'zendesk:acme:4522', { complaint: 'Charged twice' }, new Date());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Could not save: Another tab or window saved a newer version',
      ),
    );
    expect(complaint).toHaveValue('Double charge');
    expect((await getRecord(notesDb(), 'zendesk:acme:4522'))?.notes.complaint).toBe('Charged twice');
  });

  it('shows a full disk in words and keeps the typed text', async () => {
    const complaint = await renderPanel('4523');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await userEvent.type(complaint, 'Double charge');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Could not save: Your browser is out of storage space'),
    );
    expect(complaint).toHaveValue('Double charge');
    vi.restoreAllMocks();
  });
});
