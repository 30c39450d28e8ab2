import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  activePacks,
  deletePack,
  installPack,
  loadPackEntries,
  movePack,
  PACK_BUDGET_BYTES,
  PackStoreError,
  readStoredPacks,
  refreshManagedPacks,
  setPackEnabled,
  watchPackEntries,
} from '@/lib/packs';
import { PACK_LOCK } from '@/lib/packs/lock';
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

  it('refuses a pack with an unknown variable, yet keeps one stored when that was only a warning', async () => {
    const earlier = pack({ steps: { listen: [{ id: 'a', text: 'Hi {{custmer.name}}' }] } });
    expect((await installPack(earlier, source)).plan.kind).toBe('invalid');
    await packsItem.setValue({
      packs: [{ pack: earlier, source, installedAt: '2026-01-01T00:00:00.000Z' }],
      order: [],
      disabled: [],
    });
    await setPackEnabled('acme-support', false);
    expect(await ids()).toEqual([
      'user:acme-support:false',
      'builtin:steadyhand-en:true',
      'builtin:steadyhand-es:true',
    ]);
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

describe('pack writes', () => {
  // The options page words it (tests/unit/options/storage.test.tsx); the store says what did not happen.
  const FULL = { problem: { code: 'storage-full', unsaved: 'packs' } };
  const userIds = async () => (await readStoredPacks()).packs.map(({ pack }) => pack.id).sort();

  it('keeps every change made at once: two installs both land, beside other changes', async () => {
    await Promise.all([
      installPack(pack({ id: 'team-a' }), source),
      installPack(pack({ id: 'team-b' }), source),
      setPackEnabled('steadyhand-es', false),
    ]);
    expect(await userIds()).toEqual(['team-a', 'team-b']);
    expect((await readStoredPacks()).disabled).toEqual(['steadyhand-es']);
  });

  it('takes one Web Lock, shared with the background, for every write when the browser has Web Locks', async () => {
    const granted: string[] = [];
    let queue: Promise<unknown> = Promise.resolve();
    const locks = {
      request: (name: string, task: () => Promise<unknown>) => {
        granted.push(name);
        const turn = queue.then(task);
        queue = turn.catch(() => undefined);
        return turn;
      },
    };
    vi.spyOn(navigator, 'locks', 'get').mockReturnValue(locks as unknown as LockManager);
    await fakeBrowser.storage.managed.set({ packs: [{ pack: pack({ id: 'org' }) }] });
    await Promise.all([installPack(pack({ id: 'team-a' }), source), installPack(pack({ id: 'team-b' }), source)]);
    await setPackEnabled('team-a', false);
    await movePack('team-a', 1);
    await deletePack('team-b');
    await refreshManagedPacks();
    expect(granted).toEqual(Array.from({ length: 6 }, () => PACK_LOCK));
    expect(await ids()).toEqual([
      'managed:org:true',
      'builtin:steadyhand-en:true',
      'user:team-a:false',
      'builtin:steadyhand-es:true',
    ]);
  });

  it('reports a full storage for every kind of change, and changes nothing', async () => {
    await installPack(pack(), source);
    const before = await stored();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    // Chrome's storage.local, then Firefox's (IndexedDB underneath).
    set.mockRejectedValueOnce(new Error('Resource::kQuotaBytes quota exceeded'));
    await expect(installPack(pack({ id: 'other' }), source)).rejects.toMatchObject(FULL);
    set.mockRejectedValueOnce(new DOMException('The operation failed.', 'QuotaExceededError'));
    await expect(setPackEnabled('acme-support', false)).rejects.toMatchObject(FULL);
    set.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(movePack('acme-support', 1)).rejects.toMatchObject(FULL);
    await expect(deletePack('acme-support')).rejects.toMatchObject(FULL);
    expect(await stored()).toBe(before);
    // Anything else keeps its own message.
    set.mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(deletePack('acme-support')).rejects.toThrow('Extension context invalidated.');
  });

  it(`refuses an install that would take the installed packs over ${PACK_BUDGET_BYTES / 1024 / 1024} MB, naming what to delete`, async () => {
    // About 0.97 MB each, just under the 1 MB a pack may have: five fit in the budget, a sixth does not.
    const big = (n: number) =>
      pack({
        id: `big-${n}`,
        name: `Big ${n}`,
        steps: { listen: Array.from({ length: 500 }, (_, i) => ({ id: `p-${i}`, text: `${n}`.repeat(2000) })) },
      });
    for (const n of [1, 2, 3, 4, 5]) expect((await installPack(big(n), source)).installed).toBe(true);
    const before = await stored();
    const refusal = installPack(big(6), source);
    await expect(refusal).rejects.toBeInstanceOf(PackStoreError);
    const { problem } = (await refusal.catch((error: unknown) => error)) as PackStoreError;
    expect(problem).toMatchObject({
      code: 'budget',
      adding: { name: 'Big 6' },
      budget: PACK_BUDGET_BYTES,
      largest: [{ name: 'Big 1' }, { name: 'Big 2' }, { name: 'Big 3' }],
    });
    if (problem?.code !== 'budget') throw new Error('not a budget problem');
    expect(problem.used).toBeLessThanOrEqual(PACK_BUDGET_BYTES);
    expect(problem.used + problem.adding.bytes).toBeGreaterThan(PACK_BUDGET_BYTES);
    expect(await stored()).toBe(before);
    // Built-in packs take none of it, and an update counts instead of the version it replaces.
    expect((await installPack({ ...big(5), version: '1.1.0' }, source)).installed).toBe(true);
  });
});
