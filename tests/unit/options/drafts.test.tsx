// Saving a pack with problems as a draft: listed, never enabled, never offered, until it is a valid pack.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activePacks, loadPackEntries } from '@/lib/packs';
import { savedDrafts } from '@/lib/packs/draft-store';
import { listedPacks, renderOptions } from './render';

type User = Awaited<ReturnType<typeof renderOptions>>['user'];

async function typeInto(user: User, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

const draftRow = (name: string) => within(screen.getByRole('list', { name: 'Drafts' })).getByRole('listitem', { name });

describe('drafts', () => {
  it('saves a pack with problems as a draft that is listed but never enabled or offered', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await typeInto(user, screen.getByLabelText('Name'), 'Half done');
    await user.click(screen.getByRole('button', { name: 'Add a phrase' }));
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved “Half done” as a draft with 2 problems. It offers no phrases until they are fixed and it is saved as a pack.',
    );
    expect(screen.queryByText(/Unsaved changes/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Close editor' }));
    const row = await screen.findByRole('listitem', { name: 'Half done' });
    expect(row).toBe(draftRow('Half done'));
    expect(row).toHaveTextContent('Draft — 2 problems');
    expect(within(row).queryByRole('checkbox')).toBeNull();
    expect(within(row).queryByRole('button', { name: /Review and install/ })).toBeNull();
    expect(listedPacks()).not.toContain('Half done');
    expect(activePacks(await loadPackEntries()).map((pack) => pack.name)).not.toContain('Half done');
  });

  it('opens a draft, and once it is fixed and installed, the draft is gone', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));
    await user.click(await screen.findByRole('button', { name: 'Close editor' }));
    await user.click(await screen.findByRole('button', { name: 'Edit draft: My team’s phrases' }));

    await typeInto(user, screen.getByLabelText('Author'), 'Acme training team');
    await user.click(screen.getByRole('button', { name: 'Save pack' }));
    await user.click(await screen.findByRole('button', { name: 'Install' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Installed “My team’s phrases” version 1.0.0.');
    expect(listedPacks()[0]).toBe('My team’s phrases');
    expect(screen.queryByRole('list', { name: 'Drafts' })).toBeNull();
    expect((await savedDrafts.read()).entries).toEqual([]);
  });

  it('installs a draft that has become valid straight from the list, or deletes it', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'New pack' }));
    await typeInto(user, screen.getByLabelText('Author'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));
    await screen.findByText(/It is ready to save as a pack/);
    await user.click(screen.getByRole('button', { name: 'Close editor' }));
    expect(draftRow('My team’s phrases')).toHaveTextContent('Draft — ready to save as a pack');

    await user.click(screen.getByRole('button', { name: 'Review and install: My team’s phrases' }));
    const review = await screen.findByRole('region', { name: 'Install “My team’s phrases” version 1.0.0?' });
    await user.click(within(review).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Delete: My team’s phrases' }));
    await user.click(screen.getByRole('button', { name: 'Delete pack' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Draft “My team’s phrases” deleted.');
    expect(screen.queryByRole('list', { name: 'Drafts' })).toBeNull();
  });
});
