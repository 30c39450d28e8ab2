import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepManagedPacksFresh } from '@/entrypoints/background/managed-packs';
import { loadPackEntries } from '@/lib/packs';
import { readManagedState, refreshManagedPacks, REFRESH_MS } from '@/lib/packs/managed';
import { readManagedFailure } from '@/lib/packs/managed-failure';
import { pack } from './fixtures';

const URL_A = 'https://packs.example.com/acme.json';
const T0 = Date.parse('2026-03-01T08:00:00Z');

afterEach(() => vi.restoreAllMocks());

describe('managed packs', () => {
  it('has none without a policy', async () => {
    expect((await refreshManagedPacks({ fetchText: vi.fn() })).entries).toEqual([]);
  });

  it('reads inline packs from the policy and lists them first, locked and enabled', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ pack: pack({ id: 'org-inline' }) }] });
    const state = await refreshManagedPacks();
    expect(state.entries).toEqual([
      { source: { kind: 'inline', index: 0 }, pack: pack({ id: 'org-inline' }), errors: [], fetchedAt: null },
    ]);
    const [first] = await loadPackEntries();
    expect(first).toMatchObject({ origin: 'managed', enabled: true, pack: { id: 'org-inline' } });
  });

  it('explains a bad policy entry with its place in the policy', async () => {
    await fakeBrowser.storage.managed.set({
      packs: [{ pack: { ...pack(), steps: { lisen: [] } } }, { url: URL_A, pack: pack() }, 'x'],
    });
    const { entries } = await refreshManagedPacks({ fetchText: vi.fn() });
    expect(entries.map((e) => e.errors)).toEqual([
      [{ path: 'packs[0].pack.steps.lisen', message: 'unknown step. Did you mean "listen"?' }],
      [{ path: 'packs[1]', message: expect.stringMatching(/either "url".*or "pack"/) }],
      [{ path: 'packs[2]', message: expect.stringMatching(/either "url".*or "pack"/) }],
    ]);
    expect(entries.every((e) => e.pack === null)).toBe(true);
  });

  it('downloads URL packs, and only again when due or when the policy changes', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ url: URL_A }] });
    const fetchText = vi.fn(async () => JSON.stringify(pack({ id: 'org-url' })));
    const first = await refreshManagedPacks({ fetchText, now: T0 });
    expect(first.entries[0]).toMatchObject({
      pack: { id: 'org-url' },
      errors: [],
      fetchedAt: '2026-03-01T08:00:00.000Z',
    });

    await refreshManagedPacks({ fetchText, now: T0 + 1000 });
    expect(fetchText).toHaveBeenCalledTimes(1);
    await refreshManagedPacks({ fetchText, now: T0 + REFRESH_MS });
    expect(fetchText).toHaveBeenCalledTimes(2);
    await refreshManagedPacks({ fetchText, now: T0 + REFRESH_MS + 1, force: true });
    expect(fetchText).toHaveBeenCalledTimes(3);
  });

  it('keeps the last good copy when a download fails or the new file is invalid', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ url: URL_A }] });
    await refreshManagedPacks({ fetchText: async () => JSON.stringify(pack({ id: 'org-url' })), now: T0 });

    const failed = await refreshManagedPacks({
      fetchText: () => Promise.reject(new Error('the server answered 503')),
      force: true,
      now: T0 + 5,
    });
    expect(failed.entries[0]).toMatchObject({
      pack: { id: 'org-url' },
      fetchedAt: '2026-03-01T08:00:00.000Z',
      errors: [{ path: 'packs[0].url', message: 'could not download it: the server answered 503' }],
    });

    const invalid = await refreshManagedPacks({ fetchText: async () => '{"format": 2}', force: true, now: T0 + 6 });
    expect(invalid.entries[0]!.pack).toMatchObject({ id: 'org-url' });
    expect(invalid.entries[0]!.errors).toContainEqual({ path: 'format', message: 'must be 1' });
  });

  it('refuses a pushed pack whose phrases use an unknown variable, saying where', async () => {
    const bad = pack({
      steps: {
        listen: [
          { id: 'a', text: 'Hi {{constructor}}' },
          { id: 'b', text: '{{custmer.name}}' },
        ],
      },
    });
    await fakeBrowser.storage.managed.set({ packs: [{ pack: bad }] });
    const { entries } = await refreshManagedPacks();
    expect(entries[0]!.pack).toBeNull();
    expect(entries[0]!.errors).toEqual([
      {
        path: 'packs[0].pack.steps.listen[0].text',
        message: expect.stringMatching(/^unknown variable \{\{constructor\}\}\. Use one of: /),
      },
      {
        path: 'packs[0].pack.steps.listen[1].text',
        message: 'unknown variable {{custmer.name}}. Did you mean {{customer.name}}?',
      },
    ]);
  });

  it('records a full storage for the options page, keeps the copy it had, and clears the record once stored', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ pack: pack({ id: 'org-a' }) }] });
    await refreshManagedPacks();
    await fakeBrowser.storage.managed.set({ packs: [{ pack: pack({ id: 'org-b' }) }] });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const full =
      'Browser storage for Steadyhand is full: the latest packs from your organisation could not be saved, so ' +
      'Steadyhand keeps the ones it saved before. Delete packs you imported yourself to make room; Steadyhand ' +
      'tries again when the browser restarts or the policy changes.';
    await expect(refreshManagedPacks({ now: T0 })).rejects.toThrow(full);
    expect(await readManagedFailure()).toEqual({ at: '2026-03-01T08:00:00.000Z', message: full });
    expect((await readManagedState()).entries[0]!.pack!.id).toBe('org-a');

    set.mockRestore();
    await refreshManagedPacks();
    expect(await readManagedFailure()).toBeNull();
    expect((await readManagedState()).entries[0]!.pack!.id).toBe('org-b');
  });

  it('downloads from https addresses only', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ url: 'http://packs.example.com/a.json' }] });
    const fetchText = vi.fn();
    const { entries } = await refreshManagedPacks({ fetchText });
    expect(entries[0]!.errors).toEqual([{ path: 'packs[0].url', message: 'must be an https:// address' }]);
    expect(fetchText).not.toHaveBeenCalled();
  });

  it('writes only when something changed', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ pack: pack() }] });
    await refreshManagedPacks();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await refreshManagedPacks();
    expect(set).not.toHaveBeenCalled();
  });

  it('is refreshed by a background that records, not swallows, a failure to store the packs', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.managed.set({ packs: [{ pack: pack({ id: 'org' }) }] });
    keepManagedPacksFresh();
    await vi.waitFor(async () =>
      expect((await readManagedFailure())?.message).toMatch(/^Browser storage for Steadyhand is full: /),
    );
    expect(log).toHaveBeenCalled();
  });

  it('is refreshed by the background on start and whenever the policy changes', async () => {
    const fetch = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response(JSON.stringify(pack({ id: 'org-url' }))));
    keepManagedPacksFresh();
    await vi.waitFor(async () => expect((await readManagedState()).policy).toBe('[]'));

    await fakeBrowser.storage.managed.set({ packs: [{ url: URL_A }] });
    await vi.waitFor(async () => expect((await readManagedState()).entries[0]?.pack?.id).toBe('org-url'));
    expect(fetch).toHaveBeenCalledWith(URL_A, expect.objectContaining({ credentials: 'omit' }));
  });
});
