import { z } from 'zod/mini';
import { inlineText } from './text';

/** Field values read from attributes, normalised the same way for both helpdesks. */

const IsoDateTime = z.iso.datetime({ offset: true });

/** A `datetime` attribute as an ISO date-time with offset; other parseable dates become UTC ISO. */
export function isoDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (IsoDateTime.safeParse(v).success) return v;
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** Labels and origins repeat on every message: normalise each distinct value once. */
function memo(fn: (v: string) => string | null): (v: string | null) => string | null {
  const seen = new Map<string, string | null>();
  return (v) => {
    if (!v) return null;
    let out = seen.get(v);
    if (out === undefined) {
      out = fn(v);
      if (seen.size < 100) seen.set(v, out);
    }
    return out;
  };
}

/** A channel label ("via Email", "Via messaging", "Web form") as a short lowercase token. */
export const channelFromLabel = memo((label) => {
  const t = label
    .replace(/^\s*via\s+/i, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');
  return t === '' ? null : t;
});

/** Zendesk `data-originated-from` values (EmailInteraction, WebInteraction…) as channel tokens. */
export const channelFromOrigin = memo((origin) => {
  const t = origin
    .replace(/Interaction$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
  return t === '' ? null : t;
});

/**
 * An attachment's file name: the `name` query parameter of Zendesk attachment URLs
 * (`/attachments/token/<t>/?name=<file>`), else the `download` attribute, else its label.
 */
export function attachmentName(el: Element): string | null {
  const href = el.getAttribute('href');
  if (href) {
    try {
      const name = new URL(href, 'https://attachment.invalid/').searchParams.get('name');
      if (name) return name.trim();
    } catch {
      // Not a URL: fall through to the other sources.
    }
  }
  const download = el.getAttribute('download');
  if (download) return download.trim();
  return inlineText(el) ?? el.getAttribute('title') ?? el.getAttribute('aria-label');
}

/** File names of attachment links, once each (a thumbnail and a link often point at one file). */
export function attachmentNames(els: readonly Element[] | undefined): string[] {
  if (!els) return [];
  const seen = new Set<string>();
  const names: string[] = [];
  for (const el of els) {
    const name = attachmentName(el);
    const key = el.getAttribute('href') ?? name;
    if (!name || key === null || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

const EMAIL = /[^\s<>()"',;]+@[^\s<>()"',;]+\.[^\s<>()"',;]+/;

/** "Jane Doe <jane@example.com>" → name and email; either may be absent. Other text stays literal. */
export function nameAndEmail(text: string | null): { name: string | null; email: string | null } {
  const m = text ? EMAIL.exec(text) : null;
  if (!text || !m) return { name: text?.trim() || null, email: null };
  // Drop the email and the brackets around it only.
  const before = text.slice(0, m.index).replace(/[<([]\s*$/, '');
  const after = text.slice(m.index + m[0].length).replace(/^\s*[>)\]]/, '');
  const name = `${before} ${after}`.replace(/\s+/g, ' ').trim();
  return { name: name === '' ? null : name, email: m[0] };
}
