import { compile, type Predicate } from './classify';
import { MAX_DEPTH } from './text';

/**
 * Hooks are the named places we read on a helpdesk page. Each hook is an ordered list of CSS
 * fallbacks, best evidence first (see ../shared/reference/helpdesk-dom.md); the selector modules
 * (`zendesk/selectors.ts`, `intercom/selectors.ts`) are pure data built from these types, with the
 * evidence of each selector in a comment above it.
 *
 * Page hooks are looked up once per read (`findHook`); per-message hooks are matched during one walk
 * of each message (`classify.ts`, `scan.ts`).
 */

export interface SelectorDef {
  readonly css: string;
  /** The attribute holding the hook's value, for hooks that are read from an attribute. */
  readonly attr?: string;
  /** Page hooks: search the whole document instead of the conversation root. */
  readonly scope?: 'document';
}

export interface HookDef<N extends string = string> {
  readonly name: N;
  /** A required hook missing from the page makes the layout "unreadable". */
  readonly required: boolean;
  readonly selectors: readonly SelectorDef[];
}

/** What a read found, per hook: `fallback` is the index of the selector that matched. */
export interface HookStatus {
  name: string;
  required: boolean;
  /** `null` when not looked for, because a hook it depends on is missing. */
  found: boolean | null;
  fallback: number | null;
}

/** A hook's status: `hit` undefined when not looked for, null when not found. */
export function hookStatus(h: HookDef, hit: { fallback: number } | null | undefined): HookStatus {
  return {
    name: h.name,
    required: h.required,
    found: hit === undefined ? null : hit !== null,
    fallback: hit?.fallback ?? null,
  };
}

/** A hook from its fallbacks, best first; a plain string is a selector with no options. */
export function hook<N extends string>(
  name: N,
  required: boolean,
  selectors: readonly (string | SelectorDef)[],
): HookDef<N> {
  return { name, required, selectors: selectors.map((s) => (typeof s === 'string' ? { css: s } : s)) };
}

/** Fills `{id}` in a page selector. Ids are validated by the URL parser (digits, letters, `-`, `_`). */
export function fillId(css: string, id: string | null): string | null {
  if (!css.includes('{id}')) return css;
  return id === null ? null : css.replaceAll('{id}', id);
}

/** First element in `scope` matching the hook's fallbacks, in order; the matched index too. */
export function findHook(
  scope: ParentNode,
  h: HookDef,
  opts: { id?: string | null; includeSelf?: boolean; doc?: Document } = {},
): { el: Element; fallback: number } | null {
  for (const [i, s] of h.selectors.entries()) {
    const css = fillId(s.css, opts.id ?? null);
    if (css === null) continue;
    const base = s.scope === 'document' && opts.doc ? opts.doc : scope;
    if (opts.includeSelf && isElement(base) && base.matches(css)) return { el: base, fallback: i };
    const el = base.querySelector(css);
    if (el) return { el, fallback: i };
  }
  return null;
}

/** A hit: the element and the index of the fallback selector it matched. */
export interface HookHit {
  el: Element;
  fallback: number;
}

/**
 * The best-ranked element matching the hook below `scope`, found in one walk that never enters a match
 * (a container found is not searched for another inside it) and stops at a match of the first
 * fallback. Cheaper than `findHook` when better fallbacks may be absent: each missing fallback costs
 * `findHook` a full traversal, this walk costs one traversal of what lies outside the match.
 */
export function findBest(scope: ParentNode, h: HookDef, tests: readonly Predicate[] = predicates(h)): HookHit | null {
  let best: HookHit | null = null;
  const visit = (parent: ParentNode, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    for (let el = parent.firstElementChild; el !== null; el = el.nextElementSibling) {
      const rank = tests.findIndex((test) => test(el));
      if (rank < 0) {
        if (visit(el, depth + 1)) return true;
      } else if (best === null || rank < best.fallback) {
        best = { el, fallback: rank };
        if (rank === 0) return true;
      }
    }
    return false;
  };
  visit(scope, 0);
  return best;
}

/** The first element (document order) matching any of the hook's fallbacks, with the best fallback it matches. */
export function findFirst(scope: ParentNode, h: HookDef, tests: readonly Predicate[] = predicates(h)): HookHit | null {
  const visit = (parent: ParentNode, depth: number): HookHit | null => {
    if (depth > MAX_DEPTH) return null;
    for (let el = parent.firstElementChild; el !== null; el = el.nextElementSibling) {
      const rank = tests.findIndex((test) => test(el));
      const hit = rank >= 0 ? { el, fallback: rank } : visit(el, depth + 1);
      if (hit) return hit;
    }
    return null;
  };
  return visit(scope, 0);
}

const compiled = new WeakMap<HookDef, Predicate[]>();

/** A hook's fallbacks as predicates, compiled once per hook. */
function predicates(h: HookDef): Predicate[] {
  let tests = compiled.get(h);
  if (!tests) compiled.set(h, (tests = h.selectors.map((s) => compile(s.css))));
  return tests;
}

/** Realm-independent element check (documents from DOMParser or other frames have their own classes). */
export function isElement(n: unknown): n is Element {
  return typeof n === 'object' && n !== null && (n as Node).nodeType === 1;
}
