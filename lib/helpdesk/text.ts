/**
 * Text as a reader sees it, built by walking nodes (never by parsing HTML): block elements and
 * `<br>` end lines, runs of white space collapse, lines are trimmed and empty lines dropped.
 * Markup-like characters in text nodes stay literal text.
 */

/**
 * How deep any walk of ours goes below where it starts. Real messages are a few dozen levels deep; a
 * page nesting elements thousands deep must not overflow our stack (what lies deeper is not read).
 */
export const MAX_DEPTH = 256;

/** Never read, never descended into: not rendered as text. */
export const SKIP = 1;
/** Rendered, but not message text (controls, icons); hooks inside are still looked for. */
export const NO_TEXT = 2;
/** Starts and ends a line. */
export const BLOCK = 4;
/** Table cells sit on one line, separated by a space. */
export const CELL = 8;
/** A line break. */
export const BREAK = 16;
/** Keeps its source line breaks. */
export const PRE = 32;

const flags: [number, string[]][] = [
  [SKIP, ['script', 'style', 'template', 'noscript', 'head']],
  [NO_TEXT, ['button', 'svg', 'select', 'textarea', 'input', 'img']],
  [
    BLOCK,
    ['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer']
      .concat(['form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre'])
      .concat(['section', 'summary', 'table', 'tr', 'ul']),
  ],
  [CELL, ['td', 'th']],
  [BREAK, ['br']],
  [PRE, ['pre']],
];

/** Tag name → the flags above, in one lookup per element. */
export const TAG_FLAGS: ReadonlyMap<string, number> = flags.reduce((m, [flag, tags]) => {
  for (const t of tags) m.set(t, (m.get(t) ?? 0) | flag);
  return m;
}, new Map<string, number>());

const LINE_BREAKS = /\r\n?|\n/g;

/** A text node's data as it flows into a line: outside `<pre>`, source line breaks are spaces. */
export function flowText(data: string, inPre: boolean): string {
  if (!data.includes('\n') && !data.includes('\r')) return data;
  return data.replace(LINE_BREAKS, inPre ? '\n' : ' ');
}

// What normalizeLines would change inside text: white space other than spaces and line breaks, or
// two white space characters in a row (doubled spaces, empty lines, spaces at the end of lines).
const UNTIDY = /[^\S \n]|\s\s/;

/**
 * Collapses spaces per line, trims lines and drops empty ones. Text gathered from a tidy DOM (the
 * scanner writes no empty lines) passes one test and only loses its outer line breaks.
 */
export function normalizeLines(raw: string): string {
  if (!UNTIDY.test(raw) && !raw.startsWith(' ') && !raw.endsWith(' ')) {
    return raw.slice(raw.startsWith('\n') ? 1 : 0, raw.endsWith('\n') ? -1 : raw.length);
  }
  const out: string[] = [];
  for (const line of raw.replace(/[^\S\n]+/g, ' ').split('\n')) {
    const t = line.trim();
    if (t !== '') out.push(t);
  }
  return out.join('\n');
}

/** One-line readable text of a small element (a name, a label). */
export function inlineText(el: Element | null | undefined): string | null {
  if (!el) return null;
  const only = el.firstChild;
  // Most names and labels are one text node.
  const raw =
    only && only.nextSibling === null && only.nodeType === 3 ? (only as Text).data : inlineParts(el, []).join('');
  const t = raw.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

function inlineParts(node: Element, parts: string[], depth = 0): string[] {
  if (depth > MAX_DEPTH) return parts;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) parts.push((c as Text).data);
    else if (c.nodeType === 1) {
      const e = c as Element;
      const f = TAG_FLAGS.get(e.localName) ?? 0;
      if (f & (SKIP | NO_TEXT) || e.hasAttribute('hidden')) continue;
      const gap = f & (BLOCK | CELL | BREAK) ? ' ' : '';
      parts.push(gap);
      inlineParts(e, parts, depth + 1);
      parts.push(gap);
    }
  }
  return parts;
}
