// The editor keeps the trainer's work on this device as they type: a reload or a crash offers it again,
// and stored work that cannot be read is said, kept, and only removed when the trainer decides.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { editorSessions } from '@/lib/packs/draft-store';
import { renderOptions } from './render';

const sessions = async () => (await editorSessions.read()).entries;

describe('autosave', () => {
  it('keeps the draft shortly after each change, and offers it again after a reload', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.type(screen.getByLabelText('Name'), ' (draft)');
    await user.click(screen.getByRole('button', { name: 'Clarify & Confirm (0)' }));
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await user.type(screen.getByLabelText('Phrase 1'), 'Which plan are you on?');
    expect(screen.getByRole('complementary', { name: 'Checks' })).toHaveTextContent('Unsaved changes.');
    await waitFor(async () =>
      expect((await sessions())[0]?.pack.steps.clarify?.[0]?.text).toBe('Which plan are you on?'),
    );

    cleanup();
    const { user: again } = await renderOptions();
    const offers = screen.getByRole('region', { name: 'Unsaved work' });
    expect(offers).toHaveTextContent(
      /^Unsaved workYou have an unsaved draft of “My team’s phrases \(draft\)” from .*2026.*\./,
    );
    await again.click(within(offers).getByRole('button', { name: 'Resume: My team’s phrases (draft)' }));
    expect(screen.getByLabelText('Name')).toHaveValue('My team’s phrases (draft)');
    expect(screen.getByRole('button', { name: 'Clarify & Confirm (1)' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('Phrase 1')).toHaveValue('Which plan are you on?');
    // Still unsaved: leaving asks, and the tab asks before it closes.
    await again.click(screen.getByRole('button', { name: 'Close editor' }));
    expect(screen.getByRole('alertdialog', { name: 'Leave the editor?' })).toBeInTheDocument();
  });

  it('keeps the draft at once when the page is hidden or closed', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.type(screen.getByLabelText('Author'), 'Sam');
    fireEvent(window, new Event('pagehide'));
    await waitFor(async () => expect((await sessions()).map((session) => session.pack.author)).toEqual(['Sam']), {
      timeout: 300,
    });
  });

  it('discards an offered draft only when asked, and forgets it once saved or discarded', async () => {
    await editorSessions.put({
      key: 'k',
      pack: {
        format: 1,
        id: '',
        name: 'Old work',
        version: '',
        locale: 'en',
        author: '',
        description: '',
        updatedAt: '',
        steps: {},
      },
      step: 'listen',
      savedAt: '2026-03-04T09:00:00.000Z',
    });
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Discard: Old work' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Discarded the unsaved draft of “Old work”.');
    expect(screen.queryByRole('region', { name: 'Unsaved work' })).toBeNull();
    expect(await sessions()).toEqual([]);
  });

  it('says when stored work cannot be read, keeps it, and lets the trainer save a copy or discard it', async () => {
    const damaged = { key: 'x', pack: 'garbled', savedAt: 'yesterday' };
    await fakeBrowser.storage.local.set({ 'packEditorSession:x': damaged });
    const { user, deps } = await renderOptions();
    const notice = screen.getByRole('region', { name: 'Some editor work could not be read' });
    expect(within(notice).getByRole('alert')).toHaveTextContent(
      '1 piece of unsaved work from the editor could not be read. It is kept until you decide what to do with it.',
    );
    await user.click(within(notice).getByRole('button', { name: 'Save a copy' }));
    expect(deps.download).toHaveBeenCalledWith(
      'steadyhand-unreadable-drafts-2026-03-05.json',
      `${JSON.stringify({ drafts: [], sessions: [damaged] }, null, 2)}\n`,
    );
    expect(await fakeBrowser.storage.local.get('packEditorSession:x')).toEqual({ 'packEditorSession:x': damaged });
    await user.click(within(notice).getByRole('button', { name: 'Discard it' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Some editor work could not be read' })).toBeNull(),
    );
    expect(await fakeBrowser.storage.local.get('packEditorSession:x')).toEqual({});
  });
});
