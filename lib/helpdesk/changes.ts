import { itemsAfter } from './log-walk';
import { type Session } from './session';

/**
 * What changed in a conversation's log since the last read, gathered from mutation records (of every
 * root observed: the log may sit inside a shadow root). Applied by the observer as one incremental
 * update, or as a full read when `relocate` says another conversation may be shown.
 */
export class LogChanges {
  /** Message nodes whose content or attributes changed. */
  dirty = new Set<Element>();
  /** Message nodes added. */
  added: Element[] = [];
  /** Message nodes (or the "load earlier" control) removed or added where a listing is needed. */
  structural = false;
  /** A watched node outside the log changed: the page may show another conversation. */
  relocate = false;

  clear(): void {
    this.dirty = new Set();
    this.added = [];
    this.structural = false;
    this.relocate = false;
  }

  get pending(): boolean {
    return this.dirty.size > 0 || this.added.length > 0 || this.structural || this.relocate;
  }

  collect(s: Session, records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (!s.located.log.contains(r.target)) {
        this.relocate = true;
        continue;
      }
      if (r.type === 'childList' && this.noteStructure(s, r)) continue;
      const item = s.closestItem(r.target);
      if (item) this.dirty.add(item);
      else for (const el of s.containerChanged(r.target)) this.dirty.add(el);
    }
  }

  /** Records message nodes added or removed; true if the record was about messages. */
  private noteStructure(s: Session, r: MutationRecord): boolean {
    const { isItem, itemCss } = s.located;
    const { isEarlier, earlierCss } = s;
    const holdsEarlier = (el: Element) =>
      isEarlier !== null && earlierCss !== null && (isEarlier(el) || el.querySelector(earlierCss) !== null);
    let about = false;
    for (const n of r.removedNodes) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (isItem(el) || el.querySelector(itemCss) || holdsEarlier(el)) {
        this.structural = true;
        about = true;
      }
    }
    for (const n of r.addedNodes) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (holdsEarlier(el)) this.structural = about = true;
      const found = isItem(el) ? [el] : Array.from(el.querySelectorAll(itemCss));
      if (found.length > 0) {
        this.added.push(...found);
        about = true;
      }
    }
    return about;
  }
}

/**
 * The common, cheap case: new message nodes at the end of the log. Lists the message nodes after the
 * last known one (a walk of what follows it, never of the whole log); when they are exactly the new
 * nodes (besides ones read before and left out), returns them in document order, else null (the log
 * must be listed again).
 */
export function appendsAtEnd(s: Session, fresh: readonly Element[]): Element[] | null {
  const { log, isItem } = s.located;
  const last = s.items[s.items.length - 1] ?? null;
  if (last !== null && !log.contains(last)) return null;
  const isNew = new Set(fresh);
  const after = itemsAfter(log, isItem, last).filter((el) => isNew.has(el) || !s.has(el));
  return after.length === isNew.size && after.every((el) => isNew.has(el)) ? after : null;
}
