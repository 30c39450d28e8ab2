import { amountEnd } from './amounts';
import { bankEnd } from './bank';
import { cardEnd } from './cards';
import { dateEnd } from './dates';
import type { Folded } from './fold';
import { digitGroups, type Groups, startOf } from './groups';
import { findIbans } from './iban';
import { phoneEnd } from './phones';
import { type Kind, mergeSorted, type Span } from './spans';

/** What starts at a group: its range in the folded text and its kind (null: a date or amount, kept). */
interface Item {
  start: number;
  end: number;
  kind: Kind | null;
}

// In this order: an account number's sort code can look like a date, a date like a phone number, and a card
// number is told from a phone number by its checksum.
function itemAt(g: Groups, i: number): Item | null {
  const at = g.start[i]!;
  const start = startOf(g, i);
  const bank = start && !start.plus ? bankEnd(g, i) : -1;
  if (bank > 0) return { start: at, end: bank, kind: 'account' };
  const kept = Math.max(dateEnd(g, i), amountEnd(g, i));
  if (kept > 0) return { start: at, end: kept, kind: null };
  if (!start) return null;
  const card = start.plus ? -1 : cardEnd(g, i);
  if (card > 0) return { start: at, end: card, kind: 'card' };
  const phone = phoneEnd(g, i, start);
  return phone > 0 ? { start: start.from, end: phone, kind: 'phone' } : null;
}

/**
 * IBANs, then every other number in one pass over the digit groups: each recogniser reads a bounded number
 * of groups from where it starts (19 digits at most for a card, 15 for a phone, 7 groups for an amount), and
 * the pass moves on past whatever was found, so the work is linear in the length of the text.
 */
export function findNumbers(f: Folded, wanted: (kind: Kind) => boolean, out: Span[]): void {
  const ibans: Span[] = [];
  findIbans(f, ibans);
  const g = digitGroups(f, ibans);
  const found: Span[] = [];
  for (let i = 0; i < g.start.length;) {
    const item = g.claimed[i] ? null : itemAt(g, i);
    if (!item) {
      i++;
      continue;
    }
    if (item.kind) found.push({ start: item.start, end: item.end, kind: item.kind });
    while (i < g.start.length && g.start[i]! < item.end) i++;
  }
  for (const span of mergeSorted([ibans, found])) if (wanted(span.kind)) out.push(span);
}
