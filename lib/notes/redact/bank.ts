import { routingChecks } from './checksums';
import { digitsOf, gluedAfter, type Groups, joiner, single, size } from './groups';

const SORT_CODE_JOINERS = ' -.';

/** The end of group `i` as the account number after a sort code or routing number, or -1. */
function accountEnd(g: Groups, i: number, min: number, max: number): number {
  if (!joiner(g, i) || g.claimed[i] || size(g, i) < min || size(g, i) > max) return -1;
  return gluedAfter(g.f, g.end[i]!) ? -1 : g.end[i]!;
}

/**
 * The end of the bank account starting at group `i`, or -1: a UK sort code ("12-34-56" or "123456") and an
 * account number of 7–8 digits, or a U.S. routing number (checksum and prefix) and an account number of
 * 4–17 digits. A sort code or routing number alone names a bank branch, not a customer, and an account
 * number alone cannot be told from an order number.
 */
export function bankEnd(g: Groups, i: number): number {
  const sep = single(g, i + 1);
  const grouped =
    size(g, i) === 2 &&
    size(g, i + 1) === 2 &&
    size(g, i + 2) === 2 &&
    sep !== null &&
    SORT_CODE_JOINERS.includes(sep) &&
    single(g, i + 2) === sep;
  if (grouped) return accountEnd(g, i + 3, 7, 8);
  if (size(g, i) === 6) return accountEnd(g, i + 1, 7, 8);
  if (size(g, i) === 9 && routingChecks(digitsOf(g, i))) return accountEnd(g, i + 1, 4, 17);
  return -1;
}
