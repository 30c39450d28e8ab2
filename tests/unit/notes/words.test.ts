import { describe, expect, it } from 'vitest';
import { toBlob } from '@/lib/notes/export/blob';
import { normalise, queryTerms, tokens } from '@/lib/notes/words';

describe('search words', () => {
  it('folds case and accents so "Café" and "cafe" meet', () => {
    expect(normalise('Café NAÏVE Zoë Ångström')).toBe('cafe naive zoe angstrom');
  });

  it('indexes distinct words of two letters or more, cutting very long runs', () => {
    expect(tokens('Refund, refund! A 2nd try: order #A1234 (x) — ok')).toEqual([
      'refund',
      '2nd',
      'try',
      'order',
      'a1234',
      'ok',
    ]);
    expect(tokens('z'.repeat(100))).toEqual(['z'.repeat(40)]);
    expect(tokens('王伟 called')).toEqual(['王伟', 'called']);
  });

  it('turns a query into prefix terms, single letters included', () => {
    expect(queryTerms(' Refu  j ')).toEqual(['refu', 'j']);
    expect(queryTerms(' ,;- ')).toEqual([]);
  });
});

describe('toBlob', () => {
  it('keeps every chunk in order, also across the points where it folds them into the Blob', async () => {
    const parts = Array.from({ length: 12 }, (_, i) => String(i % 10).repeat(500_000));
    async function* chunks() {
      yield* parts;
    }
    const blob = await toBlob(chunks(), 'application/json');
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(parts.join(''));
  });
});
