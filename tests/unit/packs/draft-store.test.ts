import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activePacks, installPack, loadPackEntries, LIMITS } from '@/lib/packs';
import { editorSessions, savedDrafts, type SavedDraft } from '@/lib/packs/draft-store';
import { pack } from './fixtures';

const draft = (key: string, changes: Parameters<typeof pack>[0] = {}): SavedDraft => ({
  key,
  pack: pack(changes),
  savedAt: '2026-03-05T10:00:00.000Z',
});
const raw = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

afterEach(() => vi.restoreAllMocks());

describe('saved drafts', () => {
  it('are never packs: the panel and the engine never see them, valid or not', async () => {
    await installPack(pack({ id: 'installed', name: 'Installed' }), { kind: 'file' });
    await savedDrafts.put(draft('a', { id: 'broken', name: 'Broken', author: '', version: 'one' }));
    await savedDrafts.put(draft('b', { id: 'valid-draft', name: 'Valid draft' }));
    await editorSessions.put({ ...draft('c', { id: 'autosaved' }), step: 'listen' });
    expect(await raw('packEditorSession:c')).toMatchObject({ key: 'c', step: 'listen' });

    const entries = await loadPackEntries();
    expect(entries.map((entry) => entry.pack.id)).toEqual(['installed', 'steadyhand-en', 'steadyhand-es']);
    expect(activePacks(entries).map((p) => p.id)).not.toEqual(
      expect.arrayContaining(['broken', 'valid-draft', 'autosaved']),
    );
    expect((await savedDrafts.read()).entries.map((d) => d.key)).toEqual(['a', 'b']);
  });

  it('keeps an invalid pack exactly as typed, and replaces a draft by its key', async () => {
    const typed = draft('a', { author: '', version: 'not yet', steps: { listen: [{ id: '', text: '' }] } });
    await savedDrafts.put(typed);
    await savedDrafts.put({ ...typed, savedAt: '2026-03-06T10:00:00.000Z' });
    expect(await savedDrafts.read()).toEqual({
      entries: [{ ...typed, savedAt: '2026-03-06T10:00:00.000Z' }],
      unreadable: [],
    });
    await savedDrafts.remove('a');
    expect((await savedDrafts.read()).entries).toEqual([]);
  });

  it('reports what cannot be read and keeps it through every write until it is discarded', async () => {
    const garbage = { key: 'old', pack: { steps: 'not a list' } };
    await fakeBrowser.storage.local.set({ packDrafts: [garbage, 42] });
    expect(await savedDrafts.read()).toEqual({ entries: [], unreadable: [garbage, 42] });

    await savedDrafts.put(draft('new'));
    expect(await raw('packDrafts')).toEqual([garbage, 42, draft('new')]);
    await savedDrafts.discardUnreadable();
    expect(await raw('packDrafts')).toEqual([draft('new')]);
  });

  it('keeps a stored value that is not even a list, as one unreadable entry', async () => {
    await fakeBrowser.storage.local.set({ packDrafts: 'garbled' });
    expect(await savedDrafts.read()).toEqual({ entries: [], unreadable: ['garbled'] });
    await savedDrafts.put(draft('a'));
    expect(await raw('packDrafts')).toEqual(['garbled', draft('a')]);
  });

  it('keeps each autosave under its own key, and an unreadable one until it is discarded', async () => {
    await fakeBrowser.storage.local.set({ 'packEditorSession:old': { key: 'old' }, packs: { unrelated: true } });
    await editorSessions.put({ ...draft('a'), step: 'clarify' });
    expect(await editorSessions.read()).toEqual({
      entries: [{ ...draft('a'), step: 'clarify' }],
      unreadable: [{ key: 'old' }],
    });
    await editorSessions.discardUnreadable();
    expect(await raw('packEditorSession:old')).toBeUndefined();
    expect(await raw('packs')).toEqual({ unrelated: true });
    await editorSessions.remove('a');
    expect(await editorSessions.read()).toEqual({ entries: [], unreadable: [] });
  });

  it('refuses a draft over the pack size limit, and says a full storage is full', async () => {
    const huge = draft('big', { description: 'x'.repeat(LIMITS.bytes) });
    await expect(savedDrafts.put(huge)).rejects.toMatchObject({
      problem: { code: 'draft-too-large', limit: LIMITS.bytes },
    });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(savedDrafts.put(draft('a'))).rejects.toMatchObject({
      problem: { code: 'storage-full', unsaved: 'draft' },
    });
  });

  it('writes nothing once the page that asked has gone', async () => {
    const gone = new AbortController();
    const write = savedDrafts.put(draft('a'), gone.signal);
    gone.abort();
    await write;
    expect(await raw('packDrafts')).toBeUndefined();
    await editorSessions.put({ ...draft('b'), step: 'listen' }, gone.signal);
    expect(await raw('packEditorSession:b')).toBeUndefined();
  });

  it('starts an autosave’s write at once, so a page being closed still gets it out', () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    void editorSessions.put({ ...draft('now'), step: 'listen' });
    expect(set).toHaveBeenCalledWith({ 'packEditorSession:now': { ...draft('now'), step: 'listen' } });
  });
});
