// What "nothing ran" means in happy-dom: happy-dom evaluates no script and loads nothing, so a payload
// that reached the DOM as markup would sit there inert, and the sentinel alone would never notice it.
// These checks look for what markup parsed from a stranger's text would have created instead.
import { screen } from '@testing-library/react';
import { tampered } from '../../support/hostile';

/** Elements that run or load something once parsed from text; no Steadyhand UI renders any of them. */
const RUNNABLE = [
  'script',
  'img',
  'iframe',
  'frame',
  'svg',
  'math',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'noscript',
];
const RUNNABLE_CSS = RUNNABLE.join(', ');

/** Attributes whose value is an address a browser may load or navigate to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'xlink:href', 'background']);
// Browsers skip leading white space and control characters before the scheme.
const SCRIPT_URL = /^[\s\p{Cc}]*(?:javascript|vbscript|data):/iu;

/**
 * What markup from a stranger's text would have left in `root` (an element, a document or a shadow root):
 * runnable elements, `on…` handler attributes and script addresses. Empty: nothing was created from text.
 */
export function injected(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll(RUNNABLE_CSS))) found.push(`<${el.localName}>`);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${el.localName} ${name}>`);
      else if (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(attr.value)) found.push(`<${el.localName} ${name}=…>`);
    }
  }
  return found;
}

/** Every global a payload could have set its sentinel on (in happy-dom, `window` may not be `globalThis`). */
export function realms(): object[] {
  const all: Array<object | null | undefined> = [globalThis, globalThis.window, globalThis.document?.defaultView];
  return [...new Set(all.filter((realm): realm is object => realm != null))];
}

/** `tampered()` in every realm of the test: a sentinel set anywhere, or a polluted prototype. */
export function tamperedAnywhere(): string[] {
  return realms().flatMap((realm) => tampered(realm));
}

/** White space as every reader and renderer normalises it: runs become one space, ends trimmed. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The panel sections that failed to render and show their error notice instead (ErrorBoundary): a section a
 * stranger's text took down. Found by their label (each notice is labelled by its title), which in happy-dom
 * costs a fraction of a role query over the whole panel.
 */
export const sectionErrors = (): HTMLElement[] => screen.queryAllByLabelText(/could not be shown/);
