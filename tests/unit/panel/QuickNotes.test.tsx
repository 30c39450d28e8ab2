import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { QuickNotes, type QuickNotesDraft, type SaveState } from '@/entrypoints/sidepanel/components/notes/QuickNotes';

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
