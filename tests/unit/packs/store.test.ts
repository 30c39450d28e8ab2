import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  activePacks,
  deletePack,
  installPack,
  loadPackEntries,
  movePack,
  readStoredPacks,
  setPackEnabled,
  watchPackEntries,
} from '@/lib/packs';
import { managedPacksItem } from '@/lib/packs/managed';
import { packsItem } from '@/lib/packs/store';
import { pack } from './fixtures';

const stored = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
const ids = async () => (await loadPackEntries()).map((entry) => `${entry.origin}:${entry.pack.id}:${entry.enabled}`);
const source = { kind: 'file' } as const;

afterEach(() => vi.restoreAllMocks());

describe('pack store', () => {
  it('starts with the built-in packs, enabled, without writing anything', async () => {
    expect(await ids()).toEqual(['builtin:steadyhand-en:true', 'builtin:steadyhand-es:true']);
    expect(await stored()).toBe('{}');
  });

  it('installs a new pack at the top, in one write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await installPack(JSON.stringify(pack()), source, { now: new Date('2026-03-02T10:00:00Z') });
    expect(result).toMatchObject({ installed: true, plan: { kind: 'new' } });
    expect(set.mock.calls.filter(([items]) => 'packs' in items)).toHaveLength(1);
    expect(await ids()).toEqual(['user:acme-support:true', 'builtin:steadyhand-en:true', 'builtin:steadyhand-es:true']);
    expect((await readStoredPacks()).packs[0]).toEqual({
      pack: pack(),
      source,
      installedAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it('updates a newer version in place, and replaces the same or an older one only when confirmed', async () => {
    await installPack(pack({ version: '1.1.0' }), source);
    await movePack('acme-support', 1);
    await setPackEnabled('acme-support', false);

    const newer = await installPack(pack({ version: '1.2.0', name: 'Acme 2' }), {
      kind: 'url',
      url: 'https://x.test/p.json',
    });
    expect(newer.installed).toBe(true);
    expect(await ids()).toEqual([
      'builtin:steadyhand-en:true',
      'user:acme-support:false',
      'builtin:steadyhand-es:true',
    ]);

    const before = await stored();
    expect(await installPack(pack({ version: '1.0.0' }), source)).toMatchObject({
      installed: false,
      plan: { kind: 'older' },
    });
    expect(await installPack(pack({ version: '1.2.0' }), source)).toMatchObject({
      installed: false,
      plan: { kind: 'same' },
    });
    expect(await stored()).toBe(before);

    expect(await installPack(pack({ version: '1.0.0' }), source, { confirmed: true })).toMatchObject({
      installed: true,
    });
    expect((await readStoredPacks()).packs.map((p) => p.pack.version)).toEqual(['1.0.0']);
  });

  it('never writes for an invalid or locked import', async () => {
    await installPack(pack(), source);
    const before = await stored();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect((await installPack('{"format": 1}', source, { confirmed: true })).plan.kind).toBe('invalid');
    expect((await installPack(pack({ id: 'steadyhand-en', version: '9.0.0' }), source)).plan.kind).toBe('locked');
    expect(set).not.toHaveBeenCalled();
    expect(await stored()).toBe(before);
  });

  it('enables, disables, reorders and deletes; built-ins can only be disabled', async () => {
    await installPack(pack(), source);
    await setPackEnabled('steadyhand-es', false);
    await movePack('steadyhand-es', -1);
    await movePack('acme-support', -1); // already first: stays
    expect(await ids()).toEqual([
      'user:acme-support:true',
      'builtin:steadyhand-es:false',
      'builtin:steadyhand-en:true',
    ]);
    expect(activePacks(await loadPackEntries()).map((p) => p.id)).toEqual(['acme-support', 'steadyhand-en']);

    await expect(deletePack('steadyhand-en')).rejects.toThrow('A built-in pack can be disabled, not deleted.');
    await expect(setPackEnabled('nope', false)).rejects.toThrow(/No pack with id "nope"/);
    await deletePack('acme-support');
    expect(await ids()).toEqual(['builtin:steadyhand-es:false', 'builtin:steadyhand-en:true']);
  });

  it('puts managed packs first, always enabled, and refuses to change them', async () => {
    await managedPacksItem.setValue({
      policy: '[]',
      checkedAt: null,
      entries: [{ source: { kind: 'inline', index: 0 }, pack: pack({ id: 'org' }), errors: [], fetchedAt: null }],
    });
    expect((await ids())[0]).toBe('managed:org:true');
    await expect(setPackEnabled('org', false)).rejects.toThrow(/No pack with id "org"/);
    await expect(deletePack('org')).rejects.toThrow();
    expect((await installPack(pack({ id: 'org', version: '2.0.0' }), source)).plan).toMatchObject({
      kind: 'locked',
      owner: 'managed',
    });
  });

  it('refuses to write over stored data it cannot read', async () => {
    await fakeBrowser.storage.local.set({ packs: { packs: 'garbled' } });
    const before = await stored();
    await expect(installPack(pack(), source)).rejects.toThrow('The stored phrase packs could not be read.');
    await expect(setPackEnabled('steadyhand-en', false)).rejects.toThrow();
    expect(await stored()).toBe(before);
  });

  it('tells watchers about changes to either list', async () => {
    const changed = vi.fn();
    const stop = watchPackEntries(changed);
    await installPack(pack(), source);
    await managedPacksItem.setValue({ policy: '[1]', checkedAt: null, entries: [] });
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
    await packsItem.setValue({ packs: [], order: [], disabled: [] });
    expect(changed).toHaveBeenCalledTimes(2);
  });
});
