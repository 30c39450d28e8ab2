import { describe, expect, it } from 'vitest';
import { computeInsights } from '@/lib/insights';
import { NOW, record } from './helpers';

describe('phrase uses', () => {
  it('adds inserts and copies per pack and phrase, most used first, then by pack and phrase id', () => {
    const records = [
      record({
        phrases: [
          { packId: 'team', phraseId: 'p2', action: 'insert' },
          { packId: 'builtin', phraseId: 'p1', action: 'copy' },
          { packId: 'builtin', phraseId: 'p1', action: 'insert' },
        ],
      }),
      record({
        phrases: [
          { packId: 'builtin', phraseId: 'p1', action: 'insert' },
          { packId: 'team', phraseId: 'p1', action: 'copy' },
          { packId: 'builtin', phraseId: 'p3', action: 'copy' },
        ],
      }),
    ];
    expect(computeInsights(records, { now: NOW }).phrases).toEqual([
      { packId: 'builtin', phraseId: 'p1', inserts: 2, copies: 1, uses: 3 },
      // One use each: builtin before team, then p1 before p2.
      { packId: 'builtin', phraseId: 'p3', inserts: 0, copies: 1, uses: 1 },
      { packId: 'team', phraseId: 'p1', inserts: 0, copies: 1, uses: 1 },
      { packId: 'team', phraseId: 'p2', inserts: 1, copies: 0, uses: 1 },
    ]);
  });
});
