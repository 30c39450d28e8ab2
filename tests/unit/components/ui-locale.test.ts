import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiLocale } from '@/components/ui-locale';
import { installI18n } from '../support/i18n';

/** The browser's choice of messages file, as `extension.locale` reports it, and the browser's language. */
function browserWith(messages: string, language: string): void {
  const getMessage = (key: string) => (key === 'extension_locale' ? messages : '');
  (fakeBrowser.i18n as unknown as { getMessage: typeof getMessage }).getMessage = getMessage;
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(language);
}

describe('uiLocale', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    installI18n();
  });

  it('is the browser’s language, region included, when the messages are in that language', () => {
    browserWith('es', 'es-MX');
    expect(uiLocale()).toBe('es-MX');
    browserWith('en', 'en-GB');
    expect(uiLocale()).toBe('en-GB');
    browserWith('es', 'es-419');
    expect(uiLocale()).toBe('es-419');
  });

  it('is the messages’ language when the browser’s has no messages file (the fallback is shown)', () => {
    browserWith('en', 'de-DE');
    expect(uiLocale()).toBe('en');
  });

  it('reads the real messages: English with an English browser', () => {
    installI18n();
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    expect(uiLocale()).toBe('en-US');
    expect(new Intl.DateTimeFormat(uiLocale()).resolvedOptions().locale).toBe('en-US');
  });
});
