import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '@/lib/packs';
import { pack } from '../packs/fixtures';
import { listedPacks, pastePack, renderOptions, storedBytes } from './render';

const file = (content: string, name = 'acme.json') => new File([content], name, { type: 'application/json' });

describe('importing a pack', () => {
  it('shows every problem of an invalid pack and changes nothing', async () => {
    const { user } = await renderOptions();
    const before = await storedBytes();
    const bad = { ...pack({ version: '1.0' }), steps: { lisen: [], clarify: [{ id: 'a', text: '' }] } };
    await pastePack(user, JSON.stringify(bad));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This pack can’t be imported' })).toHaveFocus();
    expect(alert).toHaveTextContent('Nothing was changed. Fix these 3 problems and try again.');
    const problems = within(within(alert).getByRole('list', { name: 'Problems' })).getAllByRole('listitem');
    expect(problems.map((item) => item.textContent)).toEqual([
      'About this pack: version must be a version like "1.2.0" (major.minor.patch) in the file: version',
      'Clarify & Confirm › Phrase 1: text is empty in the file: steps.clarify[0].text',
      'The pack: “lisen” is an unknown step. Did you mean "listen"? in the file: steps.lisen',
    ]);
    expect(within(alert).queryByRole('button', { name: 'Install' })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await storedBytes()).toBe(before);
  });

  it('installs a new pack after review, at the top of the list', async () => {
    const { user } = await renderOptions();
    await pastePack(user, pack());
    const review = await screen.findByRole('region', { name: 'Install “Acme support” version 1.0.0?' });
    expect(review).toHaveTextContent('Language: en · author: Acme training team · 9 phrases.');
    expect(review).toHaveTextContent('From: pasted JSON');
    await user.click(within(review).getByRole('button', { name: 'Install' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Installed “Acme support” version 1.0.0.');
    expect(listedPacks()).toEqual(['Acme support', 'Steadyhand essentials (English)', 'Steadyhand esencial (español)']);
  });

  it('updates to a newer version with a summary of what changes', async () => {
    const { user } = await renderOptions();
    await pastePack(user, pack());
    await user.click(await screen.findByRole('button', { name: 'Install' }));
    const newer = pack({ version: '1.1.0', description: 'Now with more.' });
    newer.steps.listen!.push({ id: 'listen-more', text: 'Tell me more.' });
    newer.steps.clarify![0]!.text = 'Your order number, please?';
    newer.steps.boundary = [];
    await pastePack(user, newer);

    const review = await screen.findByRole('region', { name: 'Update “Acme support” from version 1.0.0 to 1.1.0?' });
    const changes = within(within(review).getByRole('list', { name: 'Changes' })).getAllByRole('listitem');
    expect(changes.map((item) => item.textContent)).toEqual([
      'Listen & Acknowledge: 1 added (listen-more)',
      'Clarify & Confirm: 1 reworded (clarify-order)',
      'Set a boundary: 1 removed (boundary-respect)',
    ]);
    expect(review).toHaveTextContent('Also changed: Description.');
    await user.click(within(review).getByRole('button', { name: 'Update' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Updated “Acme support” to version 1.1.0: 1 added, 1 removed, 1 reworded.',
    );
  });

  it('asks for explicit confirmation before an older or the same version', async () => {
    const { user } = await renderOptions();
    await pastePack(user, pack({ version: '2.0.0' }));
    await user.click(await screen.findByRole('button', { name: 'Install' }));
    const installed = await storedBytes();

    await pastePack(user, pack({ version: '1.5.0' }));
    let review = await screen.findByRole('region', { name: 'Replace “Acme support”?' });
    expect(review).toHaveTextContent('Version 1.5.0 is older than the installed version 2.0.0.');
    await user.click(within(review).getByRole('button', { name: 'Cancel' }));
    expect(await storedBytes()).toBe(installed);

    await pastePack(user, pack({ version: '2.0.0' }));
    review = await screen.findByRole('region', { name: 'Replace “Acme support”?' });
    expect(review).toHaveTextContent('Version 2.0.0 is already installed.');
    expect(review).toHaveTextContent('No phrases change.');

    await pastePack(user, pack({ version: '1.5.0' }));
    await user.click(await screen.findByRole('button', { name: 'Replace with version 1.5.0' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Replaced “Acme support” with version 1.5.0.');
    expect(screen.getByRole('listitem', { name: 'Acme support' })).toHaveTextContent('version 1.5.0');
  });

  it('refuses to replace a built-in pack', async () => {
    const { user } = await renderOptions();
    await pastePack(user, pack({ id: 'steadyhand-en', version: '9.0.0' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This pack can’t replace an existing one');
    expect(alert).toHaveTextContent('A built-in pack uses the id “steadyhand-en”.');
  });

  it('reads a file from the picker or dropped on the page', async () => {
    const { user } = await renderOptions();
    await user.upload(screen.getByLabelText('Choose a pack file'), file(JSON.stringify(pack())));
    expect(await screen.findByRole('region', { name: /Install “Acme support”/ })).toHaveTextContent('From: acme.json');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    fireEvent.drop(screen.getByRole('group', { name: 'Pack file' }), {
      dataTransfer: { files: [file(JSON.stringify(pack({ id: 'dropped' })), 'dropped.json')] },
    });
    expect(await screen.findByRole('region', { name: /Install “Acme support”/ })).toHaveTextContent(
      'From: dropped.json',
    );
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const { user } = await renderOptions();
    const big = file('x'.repeat(LIMITS.bytes + 1), 'video.mp4');
    const read = vi.spyOn(big, 'text');
    await user.upload(screen.getByLabelText('Choose a pack file'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('This file is larger than 1 MB');
    expect(read).not.toHaveBeenCalled();
  });

  it('imports from an address, and remembers where the pack came from', async () => {
    const address = 'https://packs.example.com/acme.json';
    const fetchUrl = vi.fn(async () => JSON.stringify(pack()));
    const { user } = await renderOptions({ fetchUrl });
    await user.type(screen.getByLabelText('Pack address'), address);
    await user.click(screen.getByRole('button', { name: 'Import from address' }));
    expect(fetchUrl).toHaveBeenCalledWith(address);
    const review = await screen.findByRole('region', { name: /Install “Acme support”/ });
    expect(review).toHaveTextContent(`From: ${address}`);
    await user.click(within(review).getByRole('button', { name: 'Install' }));
    expect(await screen.findByRole('listitem', { name: 'Acme support' })).toHaveTextContent(`from ${address}`);
  });

  it('says why an address could not be read', async () => {
    const fetchUrl = vi.fn(async () => {
      throw new Error('Steadyhand needs your permission to read packs.example.com. Nothing was downloaded.');
    });
    const { user } = await renderOptions({ fetchUrl });
    await user.type(screen.getByLabelText('Pack address'), 'https://packs.example.com/a.json');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('needs your permission to read packs.example.com');
  });
});
