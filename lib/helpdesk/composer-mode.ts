import { findHook } from './hooks';
import { type Adapter } from './types';

/** What the reply composer writes: a reply the customer sees, or a note only the team sees. */
export type ComposerMode = 'public' | 'internal';

/**
 * How far up from the composer its mode control is looked for: the control sits in the composer's own header
 * (2 levels up in the demos and fixtures), and a short walk stays well inside the composer's ticket, so
 * another ticket's switcher is never reached. Too short only ever means "cannot tell" (null).
 */
const MAX_LEVELS = 8;

/**
 * Whether the shown conversation's composer writes a public reply or an internal note, read with the page's
 * helpdesk adapter (`composerMode` in both.ts picks it from the URL); null when it cannot tell (no adapter,
 * no composer, no mode control). The control is looked for from the composer outwards, so the nearest one
 * wins: an inactive Zendesk ticket keeps its own switcher mounted, and Intercom's tabs sit in the shadow
 * root beside the editor. A value naming a note ("internal", "Internal note", "Note") is internal; any
 * other channel ("web", "Email", "Reply") is public, so an unknown channel is never taken for a note.
 */
export function composerModeWith(doc: Document, url: string, adapter: Adapter | undefined): ComposerMode | null {
  let el = adapter ? adapter.composer(doc, url) : null;
  for (let level = 0; adapter && el && level < MAX_LEVELS; level++, el = el.parentElement) {
    const hit = findHook(el, adapter.modeHook);
    if (!hit) continue;
    const attr = adapter.modeHook.selectors[hit.fallback]?.attr;
    const value = (attr ? hit.el.getAttribute(attr) : hit.el.textContent)?.trim();
    return value ? (/intern|note/i.test(value) ? 'internal' : 'public') : null;
  }
  return null;
}
