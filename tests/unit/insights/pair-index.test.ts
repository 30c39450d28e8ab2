import { describe, expect, it } from 'vitest';
import { PairIndex } from '@/lib/insights/pair-index';

describe('PairIndex', () => {
  it('finds every pair set, through many rehashes, and nothing else', () => {
    const index = new PairIndex();
    const value = (a: number, b: number) => a * 1000 + b;
    for (let a = 0; a < 300; a++) for (let b = 0; b < 30; b++) index.add(a, b, value(a, b));
    for (let a = 0; a < 300; a++) for (let b = 0; b < 30; b++) expect(index.get(a, b)).toBe(value(a, b));
    expect(index.get(30, 300)).toBe(-1);
    expect(index.get(300, 0)).toBe(-1);
  });

  it('tells a pair from its reverse', () => {
    const index = new PairIndex();
    index.add(1, 2, 7);
    expect(index.get(1, 2)).toBe(7);
    expect(index.get(2, 1)).toBe(-1);
  });
});
