import { inlineText, MAX_DEPTH } from './text';

/** Field values read from attributes, normalised the same way for both helpdesks. */

// RFC 3339 with seconds and a `Z` or offset: what `Message.at` (z.iso.datetime({ offset: true }))
// accepts. Written out because zod does not fit in the content script's size budget; a property
// test keeps the two in agreement.
const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A `datetime` attribute as an ISO date-time with offset; other parseable dates become UTC ISO. */
export function isoDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const match = RFC3339.exec(v);
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return v;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return null;
  const iso = new Date(t).toISOString();
  // Years beyond 9999 print as +010000-…, which is not RFC 3339.
  return RFC3339.test(iso) ? iso : null;
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
export function attachmentName(el: Element, href = el.getAttribute('href')): string | null {
  // Without a '?' there is no query to hold a name: the URL is not parsed (parsing is costly).
  if (href?.includes('?')) {
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
    // A link to a file already listed is skipped before its URL is parsed (parsing is the costly part).
    const href = el.getAttribute('href');
    if (href !== null && seen.has(href)) continue;
    const name = attachmentName(el, href);
    const key = href ?? name;
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

// Decorations inside a person field: avatars, initials badges, icons. Their text is not the name.
const DECORATION = /avatar|initials|badge|icon/i;

function isDecoration(el: Element): boolean {
  return (
    el.getAttribute('aria-hidden') === 'true' ||
    ['img', 'svg', 'figure'].includes(el.localName) ||
    DECORATION.test(el.getAttribute('class') ?? '') ||
    DECORATION.test(el.getAttribute('data-test-id') ?? '')
  );
}

function leafTexts(el: Element, out: string[], depth = 0): string[] {
  if (depth > MAX_DEPTH) return out;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (isDecoration(child)) continue;
    if (child.firstElementChild) leafTexts(child, out, depth + 1);
    else {
      const text = inlineText(child);
      if (text) out.push(text);
    }
  }
  return out;
}

/**
 * The name and email shown in a person field (Zendesk's requester). When the field lays them out in
 * separate elements, each is read on its own, so "Dana" and "dana@…" never run together; avatars and
 * initials are skipped.
 */
export function personField(el: Element | null | undefined): { name: string | null; email: string | null } {
  if (!el) return { name: null, email: null };
  const leaves = leafTexts(el, []);
  if (leaves.length < 2) return nameAndEmail(leaves[0] ?? inlineText(el));
  const email = leaves.map((text) => EMAIL.exec(text)?.[0]).find(Boolean) ?? null;
  const name = leaves.find((text) => !EMAIL.test(text)) ?? null;
  return { name, email };
}
