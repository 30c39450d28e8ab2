/**
 * Hooks are the named places we read on a helpdesk page. Each hook is an ordered list of CSS
 * fallbacks, best evidence first (see ../shared/reference/helpdesk-dom.md); the selector modules
 * (`zendesk/selectors.ts`, `intercom/selectors.ts`) are pure data built from these types, with the
 * evidence of each selector in a comment above it.
 *
 * Per-message hooks are matched during one walk of each message (see `scan.ts`) instead of running
 * one `querySelector` per hook per message: a 1,000-message ticket must read in about the time of a
 * bare `querySelectorAll` + `textContent` pass. So simple selectors are compiled to predicates and
 * indexed by attribute value, tag, class or attribute name, like a browser's rule hash.
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

/** A predicate matching any of several selectors. */
export function compileAny(selectors: readonly string[]): Predicate {
  const tests = selectors.map(compile);
  return (el) => tests.some((t) => t(el));
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

export type Predicate = (el: Element) => boolean;

interface AttrTest {
  name: string;
  op: '' | '=' | '~=' | '^=' | '$=' | '*=';
  value: string;
}

interface Compound {
  tag: string | null;
  classes: string[];
  attrs: AttrTest[];
}

const TOKEN = /^(?:([a-z][a-z0-9-]*)|\.([\w-]+)|\[([\w-]+)(?:([~^$*]?=)"([^"]*)")?\])/i;

/** Parses a compound selector (`tag.class[attr="v"]…`, no combinators); `null` for anything else. */
function parseCompound(css: string): Compound | null {
  const out: Compound = { tag: null, classes: [], attrs: [] };
  let rest = css.trim();
  let first = true;
  while (rest.length > 0) {
    const m = TOKEN.exec(rest);
    if (!m || (m[1] !== undefined && !first)) return null;
    if (m[1] !== undefined) out.tag = m[1].toLowerCase();
    else if (m[2] !== undefined) out.classes.push(m[2]);
    else out.attrs.push({ name: m[3]!.toLowerCase(), op: (m[4] ?? '') as AttrTest['op'], value: m[5] ?? '' });
    rest = rest.slice(m[0].length);
    first = false;
  }
  return out;
}

function testAttr(el: Element, t: AttrTest): boolean {
  const v = el.getAttribute(t.name);
  if (v === null) return false;
  switch (t.op) {
    case '':
      return true;
    case '=':
      return v === t.value;
    case '~=':
      return splitClasses(v).includes(t.value);
    case '^=':
      return t.value !== '' && v.startsWith(t.value);
    case '$=':
      return t.value !== '' && v.endsWith(t.value);
    case '*=':
      return t.value !== '' && v.includes(t.value);
  }
}

/** Space-separated tokens; the regex only for the rare value with other white space. */
function splitClasses(v: string): string[] {
  return /[\t\n\f\r]/.test(v) ? v.split(/\s+/) : v.split(' ');
}

function predicate(tag: string | null, tests: readonly AttrTest[]): Predicate | null {
  if (tag === null && tests.length === 0) return null;
  return (el) => {
    if (tag !== null && el.localName !== tag) return false;
    for (const t of tests) if (!testAttr(el, t)) return false;
    return true;
  };
}

const classTests = (c: Compound): AttrTest[] => c.classes.map((value) => ({ name: 'class', op: '~=', value }));

/** A predicate equivalent to `el.matches(css)`; compound selectors avoid the selector engine. */
export function compile(css: string): Predicate {
  const c = parseCompound(css);
  if (!c) return (el) => el.matches(css);
  return predicate(c.tag, [...c.attrs, ...classTests(c)]) ?? (() => true);
}

/** Compiles a hook's fallbacks into one predicate (matches any of them). */
export function compileHook(h: HookDef): Predicate {
  return compileAny(h.selectors.map((s) => s.css));
}

/** One selector of one hook, as seen by the classifier. */
export interface Rule {
  readonly hook: number;
  readonly rank: number;
  /** What is left to check once the rule's index key matched (null: nothing). */
  readonly rest: Predicate | null;
}

/**
 * Indexes the selectors of per-message hooks so that classifying an element costs a few attribute
 * reads: rules keyed by an exact attribute value, a tag, a class or an attribute name; selectors
 * with combinators are checked on every element, so selector modules avoid them.
 */
export class Classifier {
  private readonly byAttrValue = new Map<string, Map<string, Rule[]>>();
  private readonly byClass = new Map<string, Rule[]>();
  private readonly byAttrName = new Map<string, Rule[]>();
  private readonly byTag = new Map<string, Rule[]>();
  private readonly generic: Rule[] = [];
  private readonly attrNames: string[];

  constructor(readonly hooks: readonly HookDef[]) {
    hooks.forEach((h, hook) =>
      h.selectors.forEach((s, rank) => {
        const c = parseCompound(s.css);
        if (!c) return this.generic.push({ hook, rank, rest: (el) => el.matches(s.css) });
        const attrs = c.attrs;
        const classes = classTests(c);
        const eq = attrs.find((a) => a.op === '=');
        const without = <T>(list: T[], item: T | undefined): T[] => list.filter((x) => x !== item);
        // Cheapest key first: an exact attribute value, a tag (no attribute read), a class, an attribute name.
        if (eq) {
          const rule = { hook, rank, rest: predicate(c.tag, [...without(attrs, eq), ...classes]) };
          push(getOrSet(this.byAttrValue, eq.name), eq.value, rule);
        } else if (c.tag !== null) {
          push(this.byTag, c.tag, { hook, rank, rest: predicate(null, [...attrs, ...classes]) });
        } else if (classes[0] !== undefined) {
          push(this.byClass, classes[0].value, { hook, rank, rest: predicate(null, [...attrs, ...classes.slice(1)]) });
        } else if (attrs[0] !== undefined) {
          const key = attrs[0];
          const rest = predicate(null, key.op === '' ? attrs.slice(1) : attrs);
          push(this.byAttrName, key.name, { hook, rank, rest });
        } else {
          this.generic.push({ hook, rank, rest: null });
        }
      }),
    );
    this.attrNames = [...new Set([...this.byAttrValue.keys(), ...this.byAttrName.keys()])];
  }

  /** Calls `hit` once for every rule matching `el` (each rule sits in exactly one index). */
  classify(el: Element, hit: (rule: Rule) => void, hasAttributes = el.hasAttributes()): void {
    run(this.byTag.get(el.localName), el, hit);
    run(this.generic, el, hit);
    if (!hasAttributes) return;
    for (const name of this.attrNames) {
      const v = el.getAttribute(name);
      if (v === null) continue;
      run(this.byAttrValue.get(name)?.get(v), el, hit);
      run(this.byAttrName.get(name), el, hit);
    }
    if (this.byClass.size === 0) return;
    const cls = el.getAttribute('class');
    if (cls) for (const c of splitClasses(cls)) run(this.byClass.get(c), el, hit);
  }
}

function run(rules: readonly Rule[] | undefined, el: Element, hit: (rule: Rule) => void): void {
  if (rules) for (const r of rules) if (r.rest === null || r.rest(el)) hit(r);
}

function getOrSet<K, V>(m: Map<K, Map<string, V>>, k: K): Map<string, V> {
  let v = m.get(k);
  if (!v) m.set(k, (v = new Map()));
  return v;
}

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
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

/** Realm-independent element check (documents from DOMParser or other frames have their own classes). */
export function isElement(n: unknown): n is Element {
  return typeof n === 'object' && n !== null && (n as Node).nodeType === 1;
}
