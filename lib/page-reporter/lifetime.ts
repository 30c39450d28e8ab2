import { browser } from 'wxt/browser';

/**
 * How long a content script lives: until the extension is updated or removed (its runtime is gone).
 * Not WXT's `ContentScriptContext`: that one stops when the page dispatches WXT's "script started"
 * event, which a hostile page can do with one line (the event name holds only the extension id), and
 * Chrome never runs two copies of our scripts in a page (we inject nothing ourselves).
 */
export interface Lifetime {
  /** True once the extension that loaded this script is gone. */
  ended(): boolean;
}

export const extensionLifetime: Lifetime = {
  ended: () => browser.runtime?.id === undefined,
};
