import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { createOptionsStore } from '@/entrypoints/options/store';
import { browserDeps, type OptionsDeps } from '@/entrypoints/options/store/deps';
import type { PhrasePack } from '@/lib/packs';

/** The options page against WXT's fake browser, with the network and the download bar replaced. */
export async function renderOptions(overrides: Partial<OptionsDeps> = {}) {
  const deps: OptionsDeps = {
    ...browserDeps(),
    loadUsage: async () => new Map(),
    download: vi.fn(),
    fetchUrl: vi.fn(async () => {
      throw new Error('no network in unit tests');
    }),
    now: () => new Date('2026-03-05T10:00:00Z'),
    ...overrides,
  };
  const store = createOptionsStore(deps);
  const user = userEvent.setup();
  render(<App store={store} />);
  // In act, so the first reads (the packs, and the bot names the page reads as it mounts) settle before the test.
  await act(() => store.getState().refresh());
  await screen.findByRole('heading', { name: 'Installed packs' });
  return { store, user, deps };
}

export const storedBytes = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

/** Pastes a pack into the import form and asks for the review. */
export async function pastePack(user: ReturnType<typeof userEvent.setup>, pack: PhrasePack | string) {
  const box = screen.getByLabelText('Paste pack JSON');
  await user.clear(box);
  await user.click(box);
  await user.paste(typeof pack === 'string' ? pack : JSON.stringify(pack));
  await user.click(screen.getByRole('button', { name: 'Check pasted pack' }));
}

/** The names of the listed packs, top to bottom. */
export const listedPacks = () =>
  screen
    .getAllByRole('heading', { level: 3 })
    .filter((heading) => heading.closest('.pack:not(.pack--draft)'))
    .map((heading) => heading.textContent);
