// Issue 11: the managed policy is set by an administrator, but what it carries is written by others (a pack
// file on a server, a JSON policy pasted from a forum) and arrives as data, not text the extension chose.
// Every hostile text of the corpus, class by class, in every field of a pushed pack and as the policy's own
// values; then policies with prototype keys everywhere. Each pack is kept exactly or reported at its place,
// nothing runs, nothing reaches Object.prototype, and the user's own packs stay byte for byte as they were.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activePacks, installPack, loadPackEntries, phrasesForStep } from '@/lib/packs';
import { readManagedState, refreshManagedPacks, resolveManagedPacks, type ManagedState } from '@/lib/packs/managed';
import { HOSTILE_TEXTS, pollutingJson, PROTOTYPE_KEYS, type HostileClass } from '../../support/hostile';
import { pack } from '../packs/fixtures';
import { tamperedAnywhere } from './checks';
import { PACK_FIELDS } from './pack-fields';

const CLASSES = [...new Set(HOSTILE_TEXTS.map((entry) => entry.kind))] as HostileClass[];
const textsOf = (kind: HostileClass) => HOSTILE_TEXTS.filter((entry) => entry.kind === kind);
const NOW = Date.parse('2026-03-01T08:00:00Z');
const NONE: ManagedState = { policy: '[]', checkedAt: null, entries: [] };

/** The user's own packs, as stored: nothing the policy says may change them. */
const userPacks = async () => JSON.stringify(await fakeBrowser.storage.local.get('packs'));
let before: string;

beforeEach(async () => {
  await installPack(pack({ id: 'team-pack' }), { kind: 'file' });
  before = await userPacks();
});
afterEach(async () => {
  expect(await userPacks()).toBe(before);
  expect(tamperedAnywhere()).toEqual([]);
});

describe('hostile text in the packs a policy pushes', () => {
  test.each(CLASSES)('%s texts in every field: kept exactly, or reported at its place in the policy', async (kind) => {
    const cases = textsOf(kind).flatMap(({ id, text }) => PACK_FIELDS.map((field) => ({ id, text, field })));
    const packs = cases.map(({ field, text }, i) => ({ pack: field.put(text, `org-${i}`) }));
    await fakeBrowser.storage.managed.set({ packs });
    const fetchText = vi.fn();
    const state = await refreshManagedPacks({ fetchText, now: NOW });
    expect(fetchText).not.toHaveBeenCalled();
    expect(state.entries).toHaveLength(cases.length);
    cases.forEach(({ id, text, field }, i) => {
      const entry = state.entries[i]!;
      const label = `${id} as the ${field.name}`;
      if (entry.pack) {
        expect(field.get(entry.pack), label).toBe(field.kept(text));
        expect(entry.errors, label).toEqual([]);
      } else {
        expect(entry.errors.length, label).toBeGreaterThan(0);
        const prefix = `packs[${i}].pack.`;
        for (const error of entry.errors) {
          expect(error.path.startsWith(prefix), `${label}: ${error.path}`).toBe(true);
          expect(error.path.slice(prefix.length), label).toMatch(field.path);
        }
      }
    });
    // What was stored reads back as it was resolved, and the panel's pack list still loads.
    expect(await readManagedState()).toEqual(state);
    const kept = state.entries.filter((entry) => entry.pack !== null).length;
    expect((await loadPackEntries()).filter((entry) => entry.origin === 'managed')).toHaveLength(kept);
  });

  test.each(CLASSES)('%s texts as the policy’s own values: each entry reported, only https fetched', async (kind) => {
    const texts = textsOf(kind).map((entry) => entry.text);
    const fetchText = vi.fn(async (url: string) => url);
    await fakeBrowser.storage.managed.set({ packs: texts.flatMap((text) => [text, { url: text }, { pack: text }]) });
    const state = await refreshManagedPacks({ fetchText, now: NOW });
    expect(state.entries.every((entry) => entry.pack === null)).toBe(true);
    state.entries.forEach((entry, i) => {
      expect(entry.errors.length, `entry ${i}`).toBeGreaterThan(0);
      for (const error of entry.errors) {
        // A downloaded file's errors are about the file; every other one names its place in the policy.
        if (i % 3 !== 1 || !texts[Math.floor(i / 3)]!.startsWith('https://')) {
          expect(error.path, `entry ${i}`).toMatch(new RegExp(`^packs\\[${i}\\]`));
        }
      }
    });
    expect(fetchText.mock.calls.map(([url]) => url)).toEqual(texts.filter((text) => text.startsWith('https://')));
    // The policy as a single hostile text instead of a list means no packs at all.
    for (const text of texts) {
      await fakeBrowser.storage.managed.set({ packs: text });
      expect((await refreshManagedPacks({ fetchText, now: NOW })).entries).toEqual([]);
    }
  });
});

describe('policies that try to reach the prototype', () => {
  test('prototype keys in every object of the policy, its packs and a downloaded file', async () => {
    const url = 'https://packs.example.com/acme.json';
    const policy = JSON.parse(pollutingJson({ packs: [{ pack: pack({ id: 'org-inline' }) }, { url }] })) as Record<
      string,
      unknown
    >;
    const fetchText = vi.fn(async () => pollutingJson(pack({ id: 'org-url' })));
    const state = await resolveManagedPacks(policy, NONE, { fetchText, now: NOW, force: true });
    expect(fetchText).toHaveBeenCalledWith(url);
    expect(state.entries.map((entry) => entry.pack)).toEqual([null, null]);
    const paths = state.entries.map((entry) => entry.errors.map((error) => error.path));
    expect(paths[0]).toEqual(expect.arrayContaining(['packs[0].pack.__proto__', 'packs[0].pack.constructor']));
    expect(paths[1]).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(tamperedAnywhere()).toEqual([]);
  });

  test('the same through the browser’s policy storage: refused, recorded, nothing polluted', async () => {
    const packs = JSON.parse(pollutingJson([{ pack: pack({ id: 'org-inline' }) }])) as unknown[];
    await fakeBrowser.storage.managed.set({ packs });
    const state = await refreshManagedPacks({ fetchText: vi.fn(), now: NOW });
    expect(state.entries).toEqual([
      expect.objectContaining({ pack: null, errors: expect.arrayContaining([expect.anything()]) }),
    ]);
    expect(await readManagedState()).toEqual(state);
  });

  test.each(PROTOTYPE_KEYS)('%s as a policy key, a pack entry key or a pushed pack’s key', async (key) => {
    const fetchText = vi.fn();
    const parse = (json: string) => JSON.parse(json) as Record<string, unknown>;
    // Only `packs` means anything; a policy of other keys has no packs, whatever they are called.
    const keys = await resolveManagedPacks(parse(`{${JSON.stringify(key)}:{"packs":[]}}`), NONE, {
      fetchText,
      now: NOW,
      force: true,
    });
    expect(keys.entries).toEqual([]);
    const inEntry = parse(`{"packs":[{${JSON.stringify(key)}:${JSON.stringify(pack())}}]}`);
    const entry = await resolveManagedPacks(inEntry, NONE, { fetchText, now: NOW, force: true });
    expect(entry.entries).toEqual([
      expect.objectContaining({ pack: null, errors: [expect.objectContaining({ path: 'packs[0]' })] }),
    ]);
    const inPack = parse(`{"packs":[{"pack":${JSON.stringify(pack()).replace('{', `{${JSON.stringify(key)}:"x",`)}}]}`);
    const pushed = await resolveManagedPacks(inPack, NONE, { fetchText, now: NOW, force: true });
    expect(pushed.entries[0]!.pack).toBeNull();
    expect(fetchText).not.toHaveBeenCalled();
    // The panel still gets its phrases, from the built-in packs.
    expect(phrasesForStep(activePacks(await loadPackEntries()), 'listen', []).length).toBeGreaterThan(0);
  });
});
