// What the options page says when a change cannot be stored: a full browser storage, the packs' own
// budget, or the background failing to store the policy's packs. Said as an alert, never swallowed.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installPack, type PhrasePack } from '@/lib/packs';
import { refreshManagedPacks } from '@/lib/packs/managed';
import { pack } from '../packs/fixtures';
import { listedPacks, pastePack, renderOptions } from './render';

const EN = 'Steadyhand essentials (English)';
const FULL =
  'Browser storage for Steadyhand is full: the change to your phrase packs could not be saved, and nothing ' +
  'changed. Delete packs you no longer use, then try again.';
const fillStorage = () =>
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));

afterEach(() => vi.restoreAllMocks());

describe('when the packs cannot be stored', () => {
  it('says an import did not fit, in words, and lists the packs as they are', async () => {
    const { user } = await renderOptions();
    fillStorage();
    await pastePack(user, pack());
    await user.click(await screen.findByRole('button', { name: 'Install' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(listedPacks()).toEqual([EN, 'Steadyhand esencial (español)']);
  });

  it('says so for a pack saved from the editor', async () => {
    await installPack(pack(), { kind: 'file' });
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Edit: Acme support' }));
    await user.click(screen.getByRole('button', { name: 'Next version' }));
    fillStorage();
    await user.click(screen.getByRole('button', { name: 'Save pack' }));
    await user.click(await screen.findByRole('button', { name: 'Update' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
  });

  it('says so for enabling and ordering, and shows the packs unchanged', async () => {
    const { user } = await renderOptions();
    fillStorage();
    await user.click(screen.getByRole('checkbox', { name: `Enabled: ${EN}` }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(screen.getByRole('checkbox', { name: `Enabled: ${EN}` })).toBeChecked();
    await user.click(screen.getByRole('button', { name: `Move down: ${EN}` }));
    expect(screen.getByRole('alert')).toHaveTextContent(FULL);
    expect(listedPacks()[0]).toBe(EN);
  });

  it('names the budget of all installed packs and the packs that take most of it', async () => {
    // About 0.97 MB each: five fit in the 5 MB budget, a sixth does not.
    const big = (n: number): PhrasePack =>
      pack({
        id: `big-${n}`,
        name: `Big ${n}`,
        steps: { listen: Array.from({ length: 500 }, (_, i) => ({ id: `p-${i}`, text: `${n}`.repeat(2000) })) },
      });
    for (const n of [1, 2, 3, 4, 5]) await installPack(big(n), { kind: 'file' });
    const { user } = await renderOptions();
    await user.upload(screen.getByLabelText('Choose a pack file'), new File([JSON.stringify(big(6))], 'big.json'));
    await user.click(await screen.findByRole('button', { name: 'Install' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no room for “Big 6” (989 kB): the packs you install may take 5.0 MB together, and the others ' +
        'already take 4.8 MB. Delete packs you no longer use, such as “Big 1” (989 kB), “Big 2” (989 kB), or ' +
        '“Big 3” (989 kB), then try again.',
    );
    expect(listedPacks()).not.toContain('Big 6');
  });

  it('shows that the background could not store the organisation’s latest packs', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ pack: pack({ id: 'org', name: 'Org phrases' }) }] });
    fillStorage();
    await expect(refreshManagedPacks({ now: Date.parse('2026-03-04T09:00:00Z') })).rejects.toThrow();
    vi.restoreAllMocks();
    await renderOptions();
    const notice = screen.getByRole('region', { name: 'Your organisation’s latest packs could not be saved' });
    expect(within(notice).getByRole('alert')).toHaveTextContent(
      /^Browser storage for Steadyhand is full: the latest packs from your organisation could not be saved/,
    );
    expect(notice).toHaveTextContent('Last attempt: Mar 4, 2026.');
  });
});
