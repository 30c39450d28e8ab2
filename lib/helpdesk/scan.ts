import { type Classifier, type Predicate, type Rule } from './classify';
import { BLOCK, BREAK, CELL, flowText, MAX_DEPTH, NO_TEXT, PRE, SKIP, TAG_FLAGS, normalizeLines } from './text';

/** How to scan one message: which per-message hooks exist and what they mean for the text. */
export interface ScanPlan {
  readonly classifier: Classifier;
  /** Hook indices whose content never enters message text (names, labels, timestamps, files…). */
  readonly exclude: readonly number[];
  /** Hook index of the message body; the best-ranked match's text is the message text. */
  readonly body: number;
  /** Hook indices for which every match is kept, in document order (attachments). */
  readonly multi: readonly number[];
  /** Hook index of message nodes themselves: a match below the root makes the result `nested`. */
  readonly message: number;
}

/** What one scan found. Owned by the scanner: valid until its next scan. */
export interface ScanResult {
  /** Best match per hook index: lowest fallback rank, then first in document order. */
  readonly best: (Element | undefined)[];
  /** Every match, for `multi` hooks (absent when none). */
  readonly all: (Element[] | undefined)[];
  /** Bit per hook index found in this message (hook lists stay under 31 entries). */
  mask: number;
  /** Text of the best body match, else of the whole root when `captureRoot`, else null. */
  text: string | null;
  /** Something below the root looks like a message node (see `Session.enumerate`). */
  nested: boolean;
}

/**
 * One walk of a message subtree that both classifies elements into hooks and collects the body
 * text, so that reading a message visits each node once. `stop` elements are not entered (an
 * Intercom part group's header is read without its parts). Text is only gathered while the best
 * body so far (or the root, for `captureRoot`) is open, into one buffer of which the body's text is
 * a slice. One instance per plan serves every message, without per-node allocations. (Measured in
 * Chromium and linkedom: recursion walks as fast as a TreeWalker and faster than an explicit stack.)
 * Members are `#private` so that the minifier can shorten them: the content script has a size budget.
 */
export class Scanner {
  readonly #result: ScanResult = { best: [], all: [], mask: 0, text: null, nested: false };
  readonly #ranks: number[] = [];
  // Per hook index, as arrays: looked up for every matched element.
  readonly #isExcluded: boolean[] = [];
  readonly #isMulti: boolean[] = [];
  readonly #hit = (r: Rule): void => this.#onRule(r);
  #root: Element | null = null;
  #stop: Predicate | undefined;
  // The element being classified, as seen by `hit`, and what its rules said.
  #current: Element | null = null;
  #hookExcluded = false;
  #opensBody = false;
  #text = '';
  /** Whether text is being gathered: the best body so far (or the captured root) is open. */
  #capturing = false;
  /** A line ends before the next text (line breaks are written lazily: no empty lines to drop). */
  #newline = false;
  #pre = 0;
  #bodyRank = Infinity;
  #bodyOwner: Element | null = null;
  #bodyStart = -1;
  #bodyEnd = -1;

  readonly #plan: ScanPlan;

  constructor(plan: ScanPlan) {
    this.#plan = plan;
    for (const h of plan.exclude) this.#isExcluded[h] = true;
    for (const h of plan.multi) this.#isMulti[h] = true;
  }

  scan(root: Element, opts: { captureRoot?: boolean; stop?: Predicate } = {}): ScanResult {
    const n = this.#plan.classifier.hooks.length;
    const r = this.#result;
    for (let i = 0; i < n; i++) {
      r.best[i] = r.all[i] = undefined;
      this.#ranks[i] = Infinity;
    }
    r.mask = 0;
    r.nested = false;
    this.#root = root;
    this.#stop = opts.stop;
    this.#capturing = opts.captureRoot === true;
    this.#newline = false;
    this.#pre = 0;
    this.#bodyRank = Infinity;
    this.#bodyStart = this.#bodyEnd = -1;
    this.#visit(root, false, 0);
    const text =
      this.#bodyStart >= 0 ? this.#text.slice(this.#bodyStart, this.#bodyEnd) : opts.captureRoot ? this.#text : null;
    r.text = text === null ? null : normalizeLines(text);
    this.#text = '';
    this.#root = this.#current = this.#bodyOwner = null;
    return r;
  }

  #visit(el: Element, parentExcluded: boolean, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const name = el.localName;
    const flags = TAG_FLAGS.get(name) ?? 0;
    if (flags & SKIP) return;
    const attrs = el.hasAttributes();
    this.#current = el;
    this.#hookExcluded = this.#opensBody = false;
    // Inside a body of the best rank, class hooks are not looked for: classes mark a message's
    // structure (bubble, avatar, note, email part), never its content, and reading them is the
    // costliest part of a walk over class-heavy markup.
    this.#plan.classifier.classify(el, this.#hit, name, attrs, !(this.#capturing && this.#bodyRank === 0));
    let ex = parentExcluded || (flags & NO_TEXT) !== 0 || this.#hookExcluded;
    const opens = this.#opensBody;
    if (opens) {
      // A better body: its text starts here.
      this.#capturing = true;
      this.#bodyOwner = el;
      this.#bodyStart = this.#text.length;
      this.#bodyEnd = -1;
    }
    if (!ex && attrs && isHidden(el)) ex = true;
    const text = this.#capturing && !ex;
    if (text) {
      if (flags & (BLOCK | BREAK)) this.#newline = true;
      else if (flags & CELL) this.#write(' ');
    }
    if (flags & PRE) this.#pre++;
    const stop = this.#stop;
    for (let c = el.firstChild; c !== null; c = c.nextSibling) {
      const type = c.nodeType;
      // Text only while capturing: a better body nested in this one may have closed.
      if (type === 3) {
        if (text && this.#capturing) this.#write((c as Text).data);
      } else if (type === 1 && (stop === undefined || !stop(c as Element))) {
        this.#visit(c as Element, ex, depth + 1);
      }
    }
    if (flags & PRE) this.#pre--;
    if (opens && this.#bodyOwner === el) {
      // Nothing after the best body is message text, unless a better body opens later.
      this.#bodyEnd = this.#text.length;
      this.#capturing = false;
    }
    if (text && flags & BLOCK) this.#newline = true;
  }

  #write(data: string): void {
    if (data === '') return;
    if (this.#newline) {
      if (this.#text !== '') this.#text += '\n';
      this.#newline = false;
    }
    this.#text += flowText(data, this.#pre > 0);
  }

  #onRule(r: Rule): void {
    const el = this.#current!;
    const result = this.#result;
    const h = r.hook;
    result.mask |= 1 << h;
    if (this.#isMulti[h]) {
      const list = (result.all[h] ??= []);
      if (list[list.length - 1] !== el) list.push(el);
    }
    if (r.rank < this.#ranks[h]!) {
      result.best[h] = el;
      this.#ranks[h] = r.rank;
    }
    if (this.#isExcluded[h]) this.#hookExcluded = true;
    if (h === this.#plan.message && el !== this.#root) result.nested = true;
    if (h === this.#plan.body && r.rank < this.#bodyRank) {
      this.#bodyRank = r.rank;
      this.#opensBody = true;
    }
  }
}

/** The `hidden` attribute, through the HTML property (cheaper); other elements have no such property. */
function isHidden(el: Element): boolean {
  const hidden = (el as HTMLElement).hidden as boolean | string | undefined;
  return hidden === undefined ? el.hasAttribute('hidden') : hidden !== false;
}
