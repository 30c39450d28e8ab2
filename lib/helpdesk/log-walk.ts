import { type Predicate } from './classify';
import { MAX_DEPTH } from './text';
import { type Located } from './types';

/** One walk of the log: the outermost message nodes, and the "load earlier" control if there is one. */
export interface Walk {
  readonly isItem: Predicate;
  readonly isEarlier: Predicate | null;
  readonly items: Element[];
  earlier: Element | null;
}

/** Nodes matching `isItem` below `root`, in document order, without looking inside them. */
export function outermost(root: Element, walk: Walk, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  for (let el = root.firstElementChild; el !== null; el = el.nextElementSibling) {
    if (walk.isItem(el)) walk.items.push(el);
    else if (walk.earlier === null && walk.isEarlier?.(el)) walk.earlier = el;
    else outermost(el, walk, depth + 1);
  }
}

/**
 * The first element matching `css` beside the log or beside one of its ancestors, up to the
 * conversation root: the ticket's own chrome, never inside the log (walked above) and never another
 * mounted ticket.
 */
export function aroundLog(located: Located, css: string): Element | null {
  for (let el: Element = located.log; el !== located.root && el.parentElement; el = el.parentElement) {
    for (let sib = el.parentElement.firstElementChild; sib; sib = sib.nextElementSibling) {
      if (sib === el) continue;
      const hit = sib.matches(css) ? sib : sib.querySelector(css);
      if (hit) return hit;
    }
  }
  return null;
}

/** Message nodes after `last` (or all, from the start of the log, when null), in document order, not entering them. */
export function itemsAfter(log: Element, isItem: Predicate, last: Element | null): Element[] {
  const out: Element[] = [];
  const from = (first: Element | null, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (let el = first; el !== null; el = el.nextElementSibling) {
      if (isItem(el)) out.push(el);
      else from(el.firstElementChild, depth + 1);
    }
  };
  if (last === null) from(log.firstElementChild, 0);
  else for (let n: Element = last; n !== log && n.parentElement; n = n.parentElement) from(n.nextElementSibling, 0);
  return out;
}
