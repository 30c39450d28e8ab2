import { i18n } from '#i18n';

const language = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The BCP 47 locale the UI is shown in, for every date, time and number it formats. The browser picks the
 * messages file (`extension.locale` says which language it is); the browser's own language refines it with a
 * region ("es-MX": 24-hour times, day before month) when it is that same language. When the browser's
 * language has no messages file, the UI is in the fallback language, and so are its dates and numbers: a
 * German browser reads "Friday 5 December", not "Freitag, 5. Dezember", between English words.
 */
export function uiLocale(): string {
  const messages = i18n.t('extension.locale');
  const browser = navigator.language;
  return language(browser) === language(messages) ? browser : messages;
}
