// Which two-word forms have been met, by the ids of their two forms. A Map per first form costs a hash
// lookup of its own for every word of every complaint; one open-addressing table of plain numbers is a
// multiply and, nearly always, one probe.

const EMPTY = -1;

/** Numbers by pairs of small non-negative integers; `get` gives -1 for a pair never set. */
export class PairIndex {
  private firsts = new Int32Array(1024).fill(EMPTY);
  private seconds = new Int32Array(1024);
  private values = new Int32Array(1024);
  private size = 0;

  get(first: number, second: number): number {
    const mask = this.firsts.length - 1;
    for (let slot = slotOf(first, second, mask); ; slot = (slot + 1) & mask) {
      const at = this.firsts[slot]!;
      if (at === EMPTY) return EMPTY;
      if (at === first && this.seconds[slot] === second) return this.values[slot]!;
    }
  }

  /** Sets a pair `get` has just said is absent. */
  add(first: number, second: number, value: number): void {
    // Half full at most, so that a probe finds an empty slot soon.
    if ((this.size + 1) * 2 > this.firsts.length) this.rehash();
    this.place(first, second, value);
    this.size++;
  }

  private place(first: number, second: number, value: number): void {
    const mask = this.firsts.length - 1;
    let slot = slotOf(first, second, mask);
    while (this.firsts[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = value;
  }

  private rehash(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(EMPTY);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Int32Array(firsts.length * 2);
    for (let slot = 0; slot < firsts.length; slot++) {
      if (firsts[slot] !== EMPTY) this.place(firsts[slot]!, seconds[slot]!, values[slot]!);
    }
  }
}

/** Multiplicative hashing of the pair, high bits folded down: nearby ids land far apart. */
function slotOf(first: number, second: number, mask: number): number {
  const hash = Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b);
  return (hash ^ (hash >>> 15)) & mask;
}
