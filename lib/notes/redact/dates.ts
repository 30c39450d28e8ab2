import { digitsOf, type Groups, joiner, single, size } from './groups';

const DATE_JOINERS = '-./';

const isYear = (n: number) => n >= 1000 && n <= 2999;
const isDayMonth = (day: number, month: number) => day >= 1 && day <= 31 && month >= 1 && month <= 12;

/**
 * The end of the date starting at group `i` ("2026-03-01", "01.03.2026", "3/1/26"), or -1. A date is three
 * groups with one joiner twice, not continuing a chain joined the same way: "0171-2026-03-01" and
 * "01.23.45.67.89" are phone numbers.
 */
export function dateEnd(g: Groups, i: number): number {
  const sep = single(g, i + 1);
  if (!sep || !DATE_JOINERS.includes(sep) || single(g, i + 2) !== sep || joiner(g, i) === sep) return -1;
  const [a, b, c] = [size(g, i), size(g, i + 1), size(g, i + 2)];
  if (a > 4 || b > 2 || c > 4) return -1;
  const [x, y, z] = [i, i + 1, i + 2].map((k) => Number(digitsOf(g, k))) as [number, number, number];
  const end = g.end[i + 2]!;
  if (a === 4) return isYear(x) && isDayMonth(z, y) ? end : -1;
  if (a > 2 || (c !== 2 && c !== 4)) return -1;
  if (c === 4 ? !isYear(z) : joiner(g, i + 3) === sep) return -1;
  return isDayMonth(x, y) || isDayMonth(y, x) ? end : -1;
}
