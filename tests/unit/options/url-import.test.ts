import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchPackFromUrl } from '@/entrypoints/options/url-import';

// WXT's fake browser has no `permissions`: stub the three calls the import makes.
const stubbed = fakeBrowser as unknown as Record<string, unknown>;
function permissions({ granted = false, allow = true } = {}) {
  const api = {
    contains: vi.fn(async () => granted),
    request: vi.fn(async () => allow),
    remove: vi.fn(async () => true),
  };
  stubbed.permissions = api;
  return api;
}

afterEach(() => {
  delete stubbed.permissions;
  vi.restoreAllMocks();
});

describe('fetchPackFromUrl', () => {
  it('asks for that one host only, downloads, then gives the access back', async () => {
    const api = permissions();
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"pack": true}'));
    expect(await fetchPackFromUrl(' https://packs.example.com:8443/team/acme.json ')).toBe('{"pack": true}');
    const origins = { origins: ['https://packs.example.com/*'] };
    expect(api.contains).toHaveBeenCalledWith(origins);
    expect(api.request).toHaveBeenCalledWith(origins);
    expect(fetch).toHaveBeenCalledWith('https://packs.example.com:8443/team/acme.json', expect.anything());
    expect(api.remove).toHaveBeenCalledWith(origins);
  });

  it('does not ask again, or give back, access it already had', async () => {
    const api = permissions({ granted: true });
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}'));
    await fetchPackFromUrl('http://127.0.0.1:5173/pack.json');
    expect(api.request).not.toHaveBeenCalled();
    expect(api.remove).not.toHaveBeenCalled();
  });

  it('downloads nothing when the user says no', async () => {
    permissions({ allow: false });
    const fetch = vi.spyOn(globalThis, 'fetch');
    await expect(fetchPackFromUrl('https://packs.example.com/a.json')).rejects.toThrow(
      'Steadyhand needs your permission to read packs.example.com. Nothing was downloaded.',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses what is not an https address it may ask for', async () => {
    const api = permissions();
    await expect(fetchPackFromUrl('not a url')).rejects.toThrow('That is not a web address.');
    await expect(fetchPackFromUrl('file:///etc/passwd')).rejects.toThrow('That is not a web address.');
    await expect(fetchPackFromUrl('http://packs.example.com/a.json')).rejects.toThrow(
      'Steadyhand can only download packs from https:// addresses.',
    );
    expect(api.request).not.toHaveBeenCalled();
  });

  it('says why a download failed, and still gives the access back', async () => {
    const api = permissions();
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('gone', { status: 404, statusText: 'Not Found' }));
    await expect(fetchPackFromUrl('https://packs.example.com/a.json')).rejects.toThrow(
      'Could not download the pack: the server answered 404 Not Found',
    );
    expect(api.remove).toHaveBeenCalled();
  });
});
