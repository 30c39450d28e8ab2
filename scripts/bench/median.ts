// The one median of the benchmarks: a shared machine slows some runs a lot and none speeds up, which moves
// a mean but not the middle.

/** The item whose `by` is the middle one; of an even count, the upper of the two middle ones. */
export function middleBy<T>(items: readonly T[], by: (item: T) => number): T {
  return [...items].sort((a, b) => by(a) - by(b))[items.length >> 1]!;
}

/** The middle value; of an even count, the upper of the two middle ones. */
export function median(values: readonly number[]): number {
  return middleBy(values, (value) => value);
}
