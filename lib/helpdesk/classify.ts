import { type HookDef } from './hooks';

/**
 * Simple selectors compiled to predicates, and an index of per-message hook selectors (`Classifier`)
 * so that the one walk of a message (`scan.ts`) classifies each element with a few attribute reads,
 * like a browser's rule hash, instead of one `querySelector` per hook per message.
 */

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

// ASCII white space: what separates class names and `~=` tokens (a no-break space does not).
const SPACE = /[ \t\n\f\r]+/;

function testValue(v: string, t: AttrTest): boolean {
  switch (t.op) {
    case '':
      return true;
    case '=':
      return v === t.value;
    case '~=':
      // The substring check spares a split on nearly every element.
      return t.value !== '' && v.includes(t.value) && v.split(SPACE).includes(t.value);
    case '^=':
      return t.value !== '' && v.startsWith(t.value);
    case '$=':
      return t.value !== '' && v.endsWith(t.value);
    case '*=':
      return t.value !== '' && v.includes(t.value);
  }
}

/** Whether all tests pass; `known` is an attribute the caller already read (not read again). */
function testAll(el: Element, tests: readonly AttrTest[], knownName?: string, knownValue?: string): boolean {
  for (const t of tests) {
    if (t.name === knownName) {
      if (!testValue(knownValue!, t)) return false;
    } else if (t.name === 'class') {
      if (!hasClass(el, t)) return false;
    } else {
      const v = el.getAttribute(t.name);
      if (v === null || !testValue(v, t)) return false;
    }
  }
  return true;
}

const classTests = (c: Compound): AttrTest[] => c.classes.map((value) => ({ name: 'class', op: '~=', value }));

/** A predicate equivalent to `el.matches(css)`; compound selectors avoid the selector engine. */
export function compile(css: string): Predicate {
  const c = parseCompound(css);
  if (!c) return (el) => el.matches(css);
  const { tag } = c;
  const tests = [...c.attrs, ...classTests(c)];
  return (el) => (tag === null || el.localName === tag) && testAll(el, tests);
}

/** A predicate matching any of several selectors. */
export function compileAny(selectors: readonly string[]): Predicate {
  const tests = selectors.map(compile);
  return (el) => tests.some((t) => t(el));
}

/** Compiles a hook's fallbacks into one predicate (matches any of them). */
export function compileHook(h: HookDef): Predicate {
  return compileAny(h.selectors.map((s) => s.css));
}

/** One selector of one hook, as seen by the classifier. */
export interface Rule {
  readonly hook: number;
  readonly rank: number;
  /** What is left to check once the rule's index key matched: a tag, attribute tests, a full selector. */
  readonly tag: string | null;
  readonly tests: readonly AttrTest[] | null;
  readonly css: string | null;
}

/** Called with each matching rule. */
export type Hit = (rule: Rule) => void;

/** Rules keyed by one attribute: by exact value, and those that need it present with any value. */
interface AttrKey {
  readonly name: string;
  readonly byValue: Map<string, Rule[]>;
  readonly any: Rule[];
}

/**
 * Indexes the selectors of per-message hooks by an exact attribute value, a tag, a class or an
 * attribute name. Elements without attributes (most of a message body) cost one tag lookup; others
 * one read per indexed attribute name. Selectors with combinators would be checked with `matches` on
 * every element, so selector modules avoid them. (`#private` members: see `Scanner`.)
 */
export class Classifier {
  readonly #byTag = new Map<string, Rule[]>();
  readonly #byClass = new Map<string, Rule[]>();
  readonly #keys: AttrKey[] = [];
  readonly #generic: Rule[] = [];
  /** Finds the indexed classes in a class attribute (global: `classify` iterates its matches). */
  readonly #anyClass: RegExp | null = null;

  constructor(readonly hooks: readonly HookDef[]) {
    hooks.forEach((h, hook) =>
      h.selectors.forEach((s, rank) => {
        const c = parseCompound(s.css);
        if (!c) return void this.#generic.push({ hook, rank, tag: null, tests: null, css: s.css });
        const all = [...c.attrs, ...classTests(c)];
        const rule = (tag: string | null, skip?: AttrTest): Rule => {
          const tests = all.filter((t) => t !== skip);
          return { hook, rank, tag, tests: tests.length > 0 ? tests : null, css: null };
        };
        const eq = c.attrs.find((a) => a.op === '=');
        const cls = all.find((t) => t.name === 'class' && t.op === '~=');
        const first = c.attrs[0];
        // Cheapest key first: an exact attribute value, a tag (no attribute read), a class, an attribute name.
        if (eq) push(this.#key(eq.name).byValue, eq.value, rule(c.tag, eq));
        else if (c.tag !== null) push(this.#byTag, c.tag, rule(null));
        else if (cls && /^[^ \t\n\f\r]+$/.test(cls.value)) push(this.#byClass, cls.value, rule(null, cls));
        else if (first) this.#key(first.name).any.push(rule(null, first.op === '' ? first : undefined));
        else this.#generic.push(rule(null));
      }),
    );
    // Finds each indexed class in a class attribute, without splitting it (most classes are not indexed).
    // Tokens are separated by ASCII white space only, as in CSS (a no-break space is part of a class).
    const names = [...this.#byClass.keys()].map((c) => c.replace(/\W/g, '\\$&'));
    if (names.length > 0)
      this.#anyClass = new RegExp(`(?:^|[ \\t\\n\\f\\r])(${names.join('|')})(?![^ \\t\\n\\f\\r])`, 'g');
  }

  #key(name: string): AttrKey {
    let k = this.#keys.find((x) => x.name === name);
    if (!k) this.#keys.push((k = { name, byValue: new Map(), any: [] }));
    return k;
  }

  /**
   * Calls `hit` once for every rule matching `el` (each rule sits in exactly one index). The caller
   * passes the tag name and attribute presence when it has already read them. One read per indexed
   * attribute name: a read that misses is cheap, cheaper than listing the names (measured). With
   * `classes` false, class-indexed rules are skipped (the class attribute is not read).
   */
  classify(el: Element, hit: Hit, localName = el.localName, hasAttributes = el.hasAttributes(), classes = true): void {
    const tagged = this.#byTag.get(localName);
    if (tagged) run(tagged, el, localName, hasAttributes, hit);
    if (this.#generic.length > 0) run(this.#generic, el, localName, hasAttributes, hit);
    if (!hasAttributes) return;
    for (const k of this.#keys) {
      const v = el.getAttribute(k.name);
      if (v === null) continue;
      const rules = k.byValue.get(v);
      if (rules) run(rules, el, localName, true, hit, k.name, v);
      if (k.any.length > 0) run(k.any, el, localName, true, hit, k.name, v);
    }
    const any = this.#anyClass;
    if (any === null || !classes) return;
    const v = classOf(el);
    any.lastIndex = 0;
    // A class written twice still matches once. Most elements hold one indexed class at most.
    let first: string | null = null;
    let more: string[] | null = null;
    for (let m = any.exec(v); m !== null; m = any.exec(v)) {
      const name = m[1]!;
      if (name === first || more?.includes(name)) continue;
      if (first === null) first = name;
      else (more ??= []).push(name);
      run(this.#byClass.get(name)!, el, localName, true, hit, 'class', v);
    }
  }
}

/**
 * One class test. A single class (`.x`, `[class~="x"]`) through `classList.contains`: as fast as
 * reading `className` on first use in Chromium, faster after (the list is kept), and it spares the
 * split of a matching attribute. Other class tests (`[class^=…]`…) read the attribute.
 */
function hasClass(el: Element, t: AttrTest): boolean {
  const list = (el as Partial<Element>).classList;
  // An empty value or one with white space is no class: `contains` is false for it, as the selector.
  if (t.op === '~=' && list) return list.contains(t.value);
  const v = classOf(el);
  return testValue(v, t) && (v !== '' || el.hasAttribute('class'));
}

/**
 * The class attribute, through `className` where it is a string (HTML elements: cheaper than
 * `getAttribute` in browsers). Empty when absent, which matches no class.
 */
function classOf(el: Element): string {
  const name: unknown = el.className;
  return typeof name === 'string' ? name : (el.getAttribute('class') ?? '');
}

function run(
  rules: readonly Rule[],
  el: Element,
  localName: string,
  hasAttributes: boolean,
  hit: Hit,
  knownName?: string,
  knownValue?: string,
): void {
  for (const r of rules) {
    if (r.tag !== null && r.tag !== localName) continue;
    if (r.tests !== null && (!hasAttributes || !testAll(el, r.tests, knownName, knownValue))) continue;
    if (r.css !== null && !el.matches(r.css)) continue;
    hit(r);
  }
}

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
