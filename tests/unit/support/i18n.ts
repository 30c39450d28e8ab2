import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's fake browser has no i18n: answer getMessage from the real English messages, the way Chrome
// does ($1…$9 substitutions, $$ for a dollar sign), so component tests read the strings people see.
const messages = generateChromeMessages(await parseMessagesFile('locales/en.yml'));

export function getMessage(key: string, substitutions?: string | string[]): string {
  const message = messages[key]?.message;
  if (message === undefined) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

export function installI18n(): void {
  (fakeBrowser.i18n as unknown as { getMessage: typeof getMessage }).getMessage = getMessage;
}
