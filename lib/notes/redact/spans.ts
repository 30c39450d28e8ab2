import type { Folded } from './fold';

export type Kind = 'email' | 'phone' | 'card' | 'account' | 'name';

/** What replaces each kind: fixed tokens, the same in every language. */
export const PLACEHOLDER = {
  email: '[email]',
  phone: '[phone]',
  card: '[card]',
  account: '[account]',
  name: '[name]',
} as const satisfies Record<Kind, string>;

const PLACEHOLDERS = Object.values(PLACEHOLDER);

/** Whether a placeholder ends at `i` of the folded text (placeholders fold to themselves). */
export const placeholderEndsAt = (text: string, i: number): boolean =>
  text[i] === ']' && PLACEHOLDERS.some((p) => text.startsWith(p, i - p.length + 1));

/** Something found, as a range [start, end) of the folded text. */
export interface Span {
  start: number;
  end: number;
  kind: Kind;
}

/** Lists each sorted by start, as one sorted list (a merge, not a sort: redaction stays linear). */
export function mergeSorted(lists: readonly Span[][]): Span[] {
  let merged: Span[] = [];
  for (const list of lists) {
    const out: Span[] = [];
    let a = 0;
    let b = 0;
    while (a < merged.length || b < list.length) {
      const take = b >= list.length || (a < merged.length && merged[a]!.start <= list[b]!.start);
      out.push(take ? merged[a++]! : list[b++]!);
    }
    merged = out;
  }
  return merged;
}

/**
 * Where a folded range ends in the source: after the whole character its last unit came from, and after the
 * invisible characters and combining marks that follow it (they folded to nothing: a mark left behind would
 * sit on the placeholder, and "Jose\u0301" must not keep its accent).
 */
function sourceEnd(f: Folded, end: number): number {
  return end < f.text.length ? Math.max(f.to[end - 1]!, f.from[end]!) : f.source.length;
}

/**
 * The source with each span replaced by its placeholder. Spans are widened to whole source characters, and
 * overlapping ones become one placeholder (the first's), so no part of anything found is left visible.
 */
export function replaceSpans(f: Folded, spans: readonly Span[]): string {
  if (!spans.length) return f.source;
  const out: string[] = [];
  let copied = 0;
  let open: { start: number; end: number; kind: Kind } | null = null;
  const close = () => {
    if (!open) return;
    out.push(f.source.slice(copied, open.start), PLACEHOLDER[open.kind]);
    copied = open.end;
  };
  for (const span of spans) {
    const start = f.from[span.start]!;
    const end = sourceEnd(f, span.end);
    if (open && start < open.end) {
      open.end = Math.max(open.end, end);
      continue;
    }
    close();
    open = { start, end, kind: span.kind };
  }
  close();
  out.push(f.source.slice(copied));
  return out.join('');
}
