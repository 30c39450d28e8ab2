// A pack that failed to import opens in the editor to be fixed there, its problems at their fields.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pack } from '../packs/fixtures';
import { pastePack, renderOptions } from './render';

describe('opening a failed import in the editor', () => {
  it('opens what the file holds, says what it changed, and shows each problem at its field', async () => {
    const { user } = await renderOptions();
    const broken = {
      ...pack({ version: 'one' }),
      steps: { lisen: [{ id: 'hi', text: 'Hello there' }], clarify: [{ id: 'what', text: '' }] },
    };
    await pastePack(user, JSON.stringify(broken));
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Open in editor' }));

    expect(screen.getByRole('heading', { name: 'Editing “Acme support”' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('region', { name: /^To open this pack in the editor/ })).toHaveTextContent(
      '1 phrase under “lisen” was put in Listen & Acknowledge.',
    );
    expect(screen.getByLabelText('Phrase 1')).toHaveValue('Hello there');
    const summary = screen.getByRole('list', { name: 'Problems to fix' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'About this pack: version must be a version like "1.2.0" (major.minor.patch)',
      'Clarify & Confirm › Phrase 1: text is empty',
    ]);
    expect(screen.getByLabelText('Version')).toHaveAttribute('aria-invalid', 'true');

    await user.click(within(summary).getByRole('link', { name: 'Clarify & Confirm › Phrase 1: text is empty' }));
    expect(screen.getByLabelText('Phrase 1')).toHaveAccessibleDescription('text is empty');
    // Nothing of it is stored yet: leaving asks.
    await user.click(screen.getByRole('button', { name: 'Close editor' }));
    expect(screen.getByRole('alertdialog', { name: 'Leave the editor?' })).toBeInTheDocument();
  });

  it('says clearly that a file which is not JSON cannot be opened, and offers nothing', async () => {
    const { user } = await renderOptions();
    await pastePack(user, '{"id": "acme", "steps": {');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('this is not valid JSON');
    expect(alert).toHaveTextContent(
      'The editor can’t open this file either, because it is not valid JSON. Fix it in a text editor, then import it again.',
    );
    expect(within(alert).queryByRole('button', { name: 'Open in editor' })).toBeNull();
  });

  it('offers the editor for a pack that may not replace a built-in one, to give it an id of its own', async () => {
    const { user } = await renderOptions();
    await pastePack(user, pack({ id: 'steadyhand-en' }));
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Open in editor' }));
    expect(screen.getByLabelText('Id')).toHaveValue('steadyhand-en');
  });
});
