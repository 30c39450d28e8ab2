import { type Classifier, type Predicate, type Rule } from './hooks';
import { BLOCK, BREAK, CELL, flowText, NO_TEXT, normalizeLines, PRE, SKIP, TAG_FLAGS } from './text';

/** How to scan one message: which per-message hooks exist and what they mean for the text. */
export interface ScanPlan {
  readonly classifier: Classifier;
  /** Hook indices whose content never enters message text (names, labels, timestamps, files…). */
  readonly exclude: readonly number[];
  /** Hook index of the message body; the best-ranked match's text is the message text. */
  readonly body: number;
  /** Hook indices for which every match is kept, in document order (attachments). */
  readonly multi: readonly number[];
}

export interface ScanResult {
  /** Best match per hook index: lowest fallback rank, then first in document order. */
  readonly best: (Element | undefined)[];
  /** Every match, for `multi` hooks. */
  readonly all: Element[][];
  /** Bit per hook index found in this message (hook lists stay under 31 entries). */
  mask: number;
  /** Text of the best body match, else of the whole root when `captureRoot`, else null. */
  text: string | null;
}

/**
 * One walk of a message subtree that both classifies elements into hooks and collects the body
 * text, so that reading a message visits each node once. `stop` elements are not entered (used to
 * read an Intercom part group's header without its parts). A class, not closures: one instance per
 * plan serves every message, which keeps a 1,000-message read free of per-message allocations.
 */
export class Scanner {
  private result: ScanResult = { best: [], all: [], mask: 0, text: null };
  private ranks: number[] = [];
  private open: string[][] = [];
  private body: string[] | null = null;
  private bodyRank = Infinity;
  private pre = 0;
  private root: Element | null = null;
  private stop: Predicate | undefined;
  // The element being classified, as seen by `hit`.
  private current: Element | null = null;
  private excluded = false;
  private capture: string[] | null = null;
  private readonly hit = (r: Rule): void => this.onRule(r);
  // Per hook index, as arrays: looked up for every matched element.
  private readonly isExcluded: boolean[] = [];
  private readonly isMulti: boolean[] = [];

  constructor(private readonly plan: ScanPlan) {
    for (const h of plan.exclude) this.isExcluded[h] = true;
    for (const h of plan.multi) this.isMulti[h] = true;
  }

  scan(root: Element, opts: { captureRoot?: boolean; stop?: Predicate } = {}): ScanResult {
    // Packed arrays of the hook count: sparse ones are slow to write in every engine.
    const n = this.plan.classifier.hooks.length;
    this.result = { best: new Array<Element | undefined>(n).fill(undefined), all: [], mask: 0, text: null };
    this.ranks = new Array<number>(n).fill(Infinity);
    const rootParts: string[] | null = opts.captureRoot ? [] : null;
    this.open = rootParts ? [rootParts] : [];
    this.body = null;
    this.bodyRank = Infinity;
    this.pre = 0;
    this.root = root;
    this.stop = opts.stop;
    this.visit(root, false);
    const parts = this.body ?? rootParts;
    this.result.text = parts ? normalizeLines(parts.join('')) : null;
    this.root = this.current = null;
    return this.result;
  }

  private onRule(r: Rule): void {
    const el = this.current!;
    const result = this.result;
    result.mask |= 1 << r.hook;
    if (this.isMulti[r.hook]) {
      const list = (result.all[r.hook] ??= []);
      if (list[list.length - 1] !== el) list.push(el);
    }
    if (r.rank < this.ranks[r.hook]!) {
      result.best[r.hook] = el;
      this.ranks[r.hook] = r.rank;
    }
    if (this.isExcluded[r.hook]) this.excluded = true;
    if (r.hook === this.plan.body && r.rank < this.bodyRank) {
      this.capture = this.body = [];
      this.bodyRank = r.rank;
    }
  }

  private visit(el: Element, parentExcluded: boolean): void {
    const f = TAG_FLAGS.get(el.localName) ?? 0;
    if (f & SKIP || (this.stop && el !== this.root && this.stop(el))) return;
    const attrs = el.hasAttributes();
    this.current = el;
    this.excluded = parentExcluded || (f & NO_TEXT) !== 0 || (attrs && el.hasAttribute('hidden'));
    this.capture = null;
    this.plan.classifier.classify(el, this.hit, attrs);
    const ex = this.excluded;
    const own = this.capture as string[] | null;
    const open = this.open;
    if (!ex && f & (BLOCK | BREAK)) for (const p of open) p.push('\n');
    else if (!ex && f & CELL) for (const p of open) p.push(' ');
    if (own) open.push(own);
    if (f & PRE) this.pre++;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if (!ex && open.length > 0) {
          const data = flowText((c as Text).data, this.pre > 0);
          for (const p of open) p.push(data);
        }
      } else if (c.nodeType === 1) this.visit(c as Element, ex);
    }
    if (f & PRE) this.pre--;
    if (own) open.splice(open.lastIndexOf(own), 1);
    if (!ex && f & BLOCK) for (const p of open) p.push('\n');
  }
}
