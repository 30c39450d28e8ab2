import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installPack, usageKey } from '@/lib/packs';
import { refreshManagedPacks } from '@/lib/packs/managed';
import { readStoredPacks } from '@/lib/packs/store';
import { pack } from '../packs/fixtures';
import { listedPacks, renderOptions } from './render';

const EN = 'Steadyhand essentials (English)';
const ES = 'Steadyhand esencial (español)';
const row = (name: string) => screen.getByRole('listitem', { name });

describe('managing packs', () => {
  it('lists the built-in packs, which can be disabled and moved but not deleted', async () => {
    await renderOptions();
    expect(listedPacks()).toEqual([EN, ES]);
    const en = row(EN);
    expect(en).toHaveTextContent('Built-in');
    expect(within(en).getByRole('checkbox', { name: `Enabled: ${EN}` })).toBeChecked();
    expect(within(en).queryByRole('button', { name: /Delete/ })).toBeNull();
    expect(within(en).getByRole('button', { name: `Move up: ${EN}` })).toBeDisabled();
  });

  it('enables and disables a pack', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('checkbox', { name: `Enabled: ${ES}` }));
    expect(await screen.findByRole('status')).toHaveTextContent(`“${ES}” is disabled.`);
    expect(screen.getByRole('checkbox', { name: `Enabled: ${ES}` })).not.toBeChecked();
    expect((await readStoredPacks()).disabled).toEqual(['steadyhand-es']);
  });

  it('reorders packs from the keyboard', async () => {
    const { user } = await renderOptions();
    screen.getByRole('button', { name: `Move down: ${EN}` }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent(`“${EN}” moved down.`);
    expect(listedPacks()).toEqual([ES, EN]);
    await user.click(screen.getByRole('button', { name: `Move up: ${EN}` }));
    expect(listedPacks()).toEqual([EN, ES]);
  });

  it('deletes an imported pack after asking', async () => {
    await installPack(pack(), { kind: 'file' });
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Delete: Acme support' }));
    const confirm = screen.getByRole('group', { name: 'Delete “Acme support”? This can’t be undone.' });
    expect(within(confirm).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Delete pack' }));
    expect(await screen.findByRole('status')).toHaveTextContent('“Acme support” deleted.');
    expect(listedPacks()).toEqual([EN, ES]);
  });

  it('exports a pack as a JSON file named for its id and version', async () => {
    await installPack(pack(), { kind: 'file' });
    const { user, deps } = await renderOptions();
    await user.click(screen.getByRole('button', { name: 'Export: Acme support' }));
    expect(deps.download).toHaveBeenCalledWith('acme-support-1.0.0.json', expect.any(String));
    const [, text] = vi.mocked(deps.download).mock.calls[0]!;
    expect(JSON.parse(text)).toEqual(pack());
    expect(screen.getByRole('status')).toHaveTextContent('Saved acme-support-1.0.0.json.');
  });

  it('shows managed packs first, labelled and locked', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ pack: pack({ id: 'org', name: 'Org phrases' }) }] });
    await refreshManagedPacks();
    await renderOptions();
    expect(listedPacks()).toEqual(['Org phrases', EN, ES]);
    const managed = row('Org phrases');
    expect(managed).toHaveTextContent('Managed by your organisation');
    expect(managed).toHaveTextContent('Locked by your organisation');
    expect(within(managed).queryByRole('checkbox')).toBeNull();
    expect(within(managed).queryByRole('button', { name: /Move|Delete|Edit/ })).toBeNull();
    expect(within(managed).getByRole('button', { name: 'Copy to editor: Org phrases' })).toBeEnabled();
    // Built-ins cannot move above the organisation's packs.
    expect(screen.getByRole('button', { name: `Move up: ${EN}` })).toBeDisabled();
  });

  it('tells the user which pushed pack could not be used, and why', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ pack: { ...pack(), version: 'one' } }] });
    await refreshManagedPacks();
    await renderOptions();
    const issues = screen.getByRole('region', { name: 'A pack from your organisation can’t be used' });
    expect(within(issues).getByRole('list', { name: 'Problems with Pack 1 in the policy' })).toHaveTextContent(
      'About this pack: version must be a version like "1.2.0" (major.minor.patch) in the policy: packs[0].pack.version',
    );
  });

  it('shows how often each phrase was used', async () => {
    await installPack(pack(), { kind: 'file' });
    const usage = new Map([[usageKey('acme-support', 'listen-hear'), 3]]);
    const { user } = await renderOptions({ loadUsage: async () => usage });
    await user.click(within(row('Acme support')).getByText('Show all 9 phrases'));
    const listen = within(row('Acme support')).getByRole('region', { name: 'Listen & Acknowledge' });
    expect(listen).toHaveTextContent('I hear you, {{customer.firstName}}. listen-hear used 3 times');
    expect(within(row('Acme support')).getByRole('region', { name: 'Take Action & Follow Up' })).toHaveTextContent(
      'never used',
    );
  });
});
