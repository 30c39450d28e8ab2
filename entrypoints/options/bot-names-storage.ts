// The user's Zendesk bot names in browser.storage.local, where the content script reads them.
import { browser, type Browser } from 'wxt/browser';
import { BOT_NAMES_KEY, DEFAULT_BOT_NAMES, parseBotNames } from '@/lib/helpdesk/bot-names';

/** The list in force: the stored one, or the defaults when none is stored or it cannot be used. */
export async function readBotNames(): Promise<string[]> {
  const stored = await browser.storage.local.get(BOT_NAMES_KEY);
  return parseBotNames(stored[BOT_NAMES_KEY]) ?? [...DEFAULT_BOT_NAMES];
}

export const writeBotNames = (names: string[]): Promise<void> => browser.storage.local.set({ [BOT_NAMES_KEY]: names });

/** Back to the defaults, by storing nothing: later changes to the defaults then reach this user too. */
export const clearBotNames = (): Promise<void> => browser.storage.local.remove(BOT_NAMES_KEY);

/** Calls back whenever the stored list changes, from any page; returns the way to stop. */
export function watchBotNames(onChange: () => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'local' && BOT_NAMES_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
