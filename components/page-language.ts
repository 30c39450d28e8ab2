import { uiLocale } from './ui-locale';

/**
 * The page's language (for screen readers' voices and spell checkers) and its title, in the UI language:
 * the HTML pages are static files, so their `lang` and `<title>` are set here when the page starts.
 */
export function showPageIn(title: string): void {
  document.documentElement.lang = uiLocale();
  document.title = title;
}
