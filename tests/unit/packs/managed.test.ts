import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepManagedPacksFresh } from '@/entrypoints/background/managed-packs';
import { KNOWN_VARIABLES, loadPackEntries, PACK_STEPS } from '@/lib/packs';
import { PackFetchError } from '@/lib/packs/fetch-pack';
import {
  managedPacksItem,
  readManagedState,
  refreshManagedPacks,
  REFRESH_MS,
  type ManagedState,
} from '@/lib/packs/managed';
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
      [
        {
          path: 'packs[0].pack.steps.lisen',
          message: 'unknown step. Did you mean "listen"?',
          issue: { code: 'unknown-name', kind: 'step', name: 'lisen', suggestion: 'listen', allowed: [...PACK_STEPS] },
        },
      ],
      [{ path: 'packs[1]', message: expect.stringMatching(/either "url".*or "pack"/), issue: { code: 'url-or-pack' } }],
      [{ path: 'packs[2]', message: expect.stringMatching(/either "url".*or "pack"/), issue: { code: 'url-or-pack' } }],
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
      fetchText: () => Promise.reject(new PackFetchError({ code: 'http-status', status: 503, statusText: '' })),
      force: true,
      now: T0 + 5,
    });
    expect(failed.entries[0]).toMatchObject({
      pack: { id: 'org-url' },
      fetchedAt: '2026-03-01T08:00:00.000Z',
      errors: [
        {
          path: 'packs[0].url',
          message: 'could not download it: the server answered 503',
          issue: { code: 'download-failed', problem: { code: 'http-status', status: 503, statusText: '' } },
        },
      ],
    });
    const offline = await refreshManagedPacks({
      fetchText: () => Promise.reject(new TypeError('Failed to fetch')),
      force: true,
      now: T0 + 5,
    });
    expect(offline.entries[0]!.errors[0]!.issue).toEqual({
      code: 'download-failed',
      problem: { code: 'network', detail: 'Failed to fetch' },
    });

    const invalid = await refreshManagedPacks({ fetchText: async () => '{"format": 2}', force: true, now: T0 + 6 });
    expect(invalid.entries[0]!.pack).toMatchObject({ id: 'org-url' });
    expect(invalid.entries[0]!.errors).toContainEqual({
      path: 'format',
      message: 'must be 1',
      issue: { code: 'must-equal', value: '1' },
    });
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
        issue: { code: 'unknown-variable', name: 'constructor', suggestion: null, allowed: [...KNOWN_VARIABLES] },
      },
      {
        path: 'packs[0].pack.steps.listen[1].text',
        message: 'unknown variable {{custmer.name}}. Did you mean {{customer.name}}?',
        issue: expect.objectContaining({ code: 'unknown-variable', name: 'custmer.name', suggestion: 'customer.name' }),
      },
    ]);
  });

  it('records a full storage for the options page, keeps the copy it had, and clears the record once stored', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ pack: pack({ id: 'org-a' }) }] });
    await refreshManagedPacks();
    await fakeBrowser.storage.managed.set({ packs: [{ pack: pack({ id: 'org-b' }) }] });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const full = { problem: { code: 'storage-full', unsaved: 'managed' } };
    await expect(refreshManagedPacks({ now: T0 })).rejects.toMatchObject(full);
    // A code, for the options page to word in its language (tests/unit/options/storage.test.tsx).
    expect(await readManagedFailure()).toMatchObject({ at: '2026-03-01T08:00:00.000Z', code: 'storage-full' });
    expect((await readManagedState()).entries[0]!.pack!.id).toBe('org-a');

    set.mockRestore();
    await refreshManagedPacks();
    expect(await readManagedFailure()).toBeNull();
    expect((await readManagedState()).entries[0]!.pack!.id).toBe('org-b');
  });

  it('reads a copy cached before errors carried their issue as no state, so the policy is resolved again', async () => {
    const error = { path: 'packs[0]', message: 'needs either "url" or "pack"' };
    const state = (errors: object[]) => ({
      policy: '["x"]',
      checkedAt: null,
      entries: [{ source: { kind: 'inline', index: 0 }, pack: null, errors, fetchedAt: null }],
    });
    await managedPacksItem.setValue(state([{ ...error, issue: { code: 'url-or-pack' } }]) as ManagedState);
    expect((await readManagedState()).entries).toHaveLength(1);
    await managedPacksItem.setValue(state([error]) as ManagedState);
    expect((await readManagedState()).entries).toEqual([]);
  });

  it('downloads from https addresses only', async () => {
    await fakeBrowser.storage.managed.set({ packs: [{ url: 'http://packs.example.com/a.json' }] });
    const fetchText = vi.fn();
    const { entries } = await refreshManagedPacks({ fetchText });
    expect(entries[0]!.errors).toEqual([
      { path: 'packs[0].url', message: 'must be an https:// address', issue: { code: 'not-https' } },
    ]);
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
    await vi.waitFor(async () => expect((await readManagedFailure())?.code).toBe('storage-full'));
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
