import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BOT_NAMES_KEY, DEFAULT_BOT_NAMES } from '@/lib/helpdesk/bot-names';
import { renderOptions, storedBytes } from './render';

const DEFAULTS = DEFAULT_BOT_NAMES.join('\n');
const section = () => screen.getByRole('region', { name: 'Zendesk bots' });
const box = () => within(section()).getByRole('textbox', { name: 'Bot names, one per line' });
const button = (name: string) => within(section()).getByRole('button', { name });
const stored = async () => (await fakeBrowser.storage.local.get(BOT_NAMES_KEY))[BOT_NAMES_KEY];

/** The options page, once the bot names are read. */
async function renderBots() {
  const rendered = await renderOptions();
  await waitFor(() => expect(box()).toBeEnabled());
  return rendered;
}

/** Replaces the box's text the way a person would: select it all, then type or paste over it. */
async function replaceText(user: Awaited<ReturnType<typeof renderBots>>['user'], text: string) {
  await user.clear(box());
  if (text) await user.paste(text);
}

afterEach(() => vi.restoreAllMocks());

describe('Zendesk bot names', () => {
  it('shows the defaults, and says how names are matched, when nothing is stored', async () => {
    await renderBots();
    expect(box()).toHaveValue(DEFAULTS);
    expect(box()).toHaveAccessibleDescription(/Zendesk shows no marker for bots.*case and accents ignored/);
    expect(box()).toHaveAccessibleDescription(/Up to 100 names of 80 characters each/);
    expect(within(section()).queryByRole('status')).toBeNull();
    expect(within(section()).queryByRole('alert')).toBeNull();
  });

  it('shows the stored list', async () => {
    await fakeBrowser.storage.local.set({ [BOT_NAMES_KEY]: ['Odie', 'Happy Bot'] });
    await renderBots();
    expect(box()).toHaveValue('Odie\nHappy Bot');
  });

  it('shows the defaults when the stored value cannot be used', async () => {
    await fakeBrowser.storage.local.set({ [BOT_NAMES_KEY]: 'Odie' });
    await renderBots();
    expect(box()).toHaveValue(DEFAULTS);
  });

  it('saves the cleaned list: trimmed, without blank lines or repeats', async () => {
    const { user } = await renderBots();
    await replaceText(user, '  Odie  \n\nHappy Bot\nhappy-bot\nAcme Assistant Bot\n');
    await user.click(button('Save'));
    expect(await within(section()).findByRole('status')).toHaveTextContent(
      'Saved. Open tickets are read again with the new names.',
    );
    expect(await stored()).toEqual(['Odie', 'Happy Bot', 'Acme Assistant Bot']);
    expect(box()).toHaveValue('Odie\nHappy Bot\nAcme Assistant Bot');
  });

  it('lists the problems with their lines and stores nothing', async () => {
    await fakeBrowser.storage.local.set({ [BOT_NAMES_KEY]: ['Odie'] });
    const { user } = await renderBots();
    const before = await storedBytes();
    const typed = `bot\n***\n${'b'.repeat(81)}\nOdie`;
    await replaceText(user, typed);
    await user.click(button('Save'));
    const alert = await within(section()).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was saved. Fix these lines:');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Line 2: no letters, so it can’t match a name', 'Line 3: longer than 80 characters']);
    expect(box()).toBeInvalid();
    expect(box()).toHaveValue(typed);
    expect(await storedBytes()).toBe(before);
    expect(within(section()).queryByRole('status')).toBeNull();
  });

  it('lists the first ten problems of a long paste, and counts the rest', async () => {
    const { user } = await renderBots();
    await replaceText(user, Array(12).fill('***').join('\n'));
    await user.click(button('Save'));
    const alert = await within(section()).findByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(10);
    expect(alert).toHaveTextContent('…and 2 more lines.');
  });

  it('says where a list has too many names', async () => {
    const { user } = await renderBots();
    const many = Array.from(
      { length: 101 },
      (_, i) => `Bot ${String.fromCharCode(97 + (i % 26)).repeat(1 + Math.floor(i / 26))}`,
    );
    await replaceText(user, many.join('\n'));
    await user.click(button('Save'));
    expect(await within(section()).findByRole('alert')).toHaveTextContent('Line 101: more than 100 names');
    expect(await stored()).toBeUndefined();
  });

  it('restores the defaults by removing the stored list', async () => {
    await fakeBrowser.storage.local.set({ [BOT_NAMES_KEY]: ['Odie'] });
    const { user } = await renderBots();
    await replaceText(user, 'unsaved');
    await user.click(button('Restore defaults'));
    expect(await within(section()).findByRole('status')).toHaveTextContent('Defaults restored.');
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty(BOT_NAMES_KEY);
    expect(box()).toHaveValue(DEFAULTS);
  });

  it('shows a storage failure and keeps what was typed', async () => {
    const { user } = await renderBots();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await replaceText(user, 'Odie');
    await user.click(button('Save'));
    expect(await within(section()).findByRole('alert')).toHaveTextContent(
      'Could not save the bot names: QUOTA_BYTES quota exceeded',
    );
    expect(box()).toHaveValue('Odie');
    expect(within(section()).queryByRole('status')).toBeNull();
    expect(await stored()).toBeUndefined();
  });

  it('shows a failure to restore the defaults and keeps what was typed', async () => {
    const { user } = await renderBots();
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValueOnce(new Error('storage is gone'));
    await replaceText(user, 'Odie');
    await user.click(button('Restore defaults'));
    expect(await within(section()).findByRole('alert')).toHaveTextContent(
      'Could not restore the defaults: storage is gone',
    );
    expect(box()).toHaveValue('Odie');
  });

  it('saves an empty list, and says that no author is then a bot', async () => {
    const { user } = await renderBots();
    await replaceText(user, '');
    await user.click(button('Save'));
    expect(await within(section()).findByRole('status')).toHaveTextContent(
      'Saved an empty list, so no author is treated as a bot.',
    );
    expect(await stored()).toEqual([]);
    expect(box()).toHaveValue('');
  });

  it('follows changes from another page, unless there are unsaved edits', async () => {
    const { user, store } = await renderBots();
    // Another page writes: in act, since the page reads the names again on its own.
    const elsewhere = (names: string[]) => act(() => fakeBrowser.storage.local.set({ [BOT_NAMES_KEY]: names }));
    await elsewhere(['Odie']);
    await waitFor(() => expect(box()).toHaveValue('Odie'));

    await replaceText(user, 'Odie\nHappy Bot');
    await elsewhere(['Someone else']);
    await waitFor(() => expect(store.getState().botNames).toEqual(['Someone else']));
    expect(box()).toHaveValue('Odie\nHappy Bot');
    await user.click(button('Save'));
    expect(await within(section()).findByRole('status')).toHaveTextContent('Saved.');
    expect(await stored()).toEqual(['Odie', 'Happy Bot']);
  });
});
