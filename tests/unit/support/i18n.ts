import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText, type ChromeMessage } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's fake browser has no i18n: answer getMessage from the real messages of one locale, the way Chrome
// does ($1…$9 substitutions, $$ for a dollar sign), so component tests read the strings people see.
// English unless a test installs another locale; a test that does puts English back (installI18n()) after.

export type TestLocale = 'en' | 'es';

const loaded = new Map<TestLocale, Record<string, ChromeMessage>>();

/** A locale's messages as Chrome holds them (keys with `_`), read from locales/<locale>.yml once. */
export function messagesOf(locale: TestLocale): Record<string, ChromeMessage> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = generateChromeMessages(
      parseMessagesText(readFileSync(join(__dirname, '../../../locales', `${locale}.yml`), 'utf8'), 'YAML'),
    );
    loaded.set(locale, messages);
  }
  return messages;
}

let current: TestLocale = 'en';

/** The message in the installed locale, as browser.i18n.getMessage answers it ('' when there is none). */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const message = messagesOf(current)[key]?.message;
  if (message === undefined) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

/** Answer the fake browser's i18n from locales/<locale>.yml (English by default). */
export function installI18n(locale: TestLocale = 'en'): void {
  messagesOf(locale);
  current = locale;
  (fakeBrowser.i18n as unknown as { getMessage: typeof getMessage }).getMessage = getMessage;
}
