// Leaving the editor with unsaved changes asks first: in the page with a dialog, and when the tab closes.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listedPacks, renderOptions } from './render';

const unload = () => {
  const event = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
  fireEvent(window, event);
  return event;
};

describe('leaving the editor', () => {
  it('closes at once, and lets the tab close, when nothing changed', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    expect(unload().defaultPrevented).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Close editor' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(listedPacks()).toHaveLength(2);
  });

  it('asks in the page, with the focus on keeping the changes', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.type(screen.getByLabelText('Author'), 'Sam');
    expect(unload().defaultPrevented).toBe(true);

    const close = screen.getByRole('button', { name: 'Close editor' });
    await user.click(close);
    const dialog = screen.getByRole('alertdialog', { name: 'Leave the editor?' });
    expect(dialog).toHaveAccessibleDescription(
      'Your changes to “My team’s phrases” are saved neither as a pack nor as a draft. Leaving throws them away.',
    );
    expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Save as draft and leave' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(close).toHaveFocus();
    expect(screen.getByLabelText('Author')).toHaveValue('Sam');

    await user.click(close);
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('heading', { name: 'Installed packs' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Drafts' })).toBeNull();
    expect(unload().defaultPrevented).toBe(false);
  });

  it('saves a draft on the way out when asked to', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.type(screen.getByLabelText('Name'), ' (spring)');
    await user.click(screen.getByRole('button', { name: 'Close editor' }));
    await user.click(screen.getByRole('button', { name: 'Save as draft and leave' }));
    const drafts = await screen.findByRole('list', { name: 'Drafts' });
    expect(within(drafts).getByRole('listitem', { name: 'My team’s phrases (spring)' })).toHaveTextContent(
      'Draft — 1 problem',
    );
  });
});
