import { reasonLine } from '@/entrypoints/sidepanel/components/reason-line';

describe('reasonLine', () => {
  it('gives the quoted words the reason rests on', () => {
    expect(
      reasonLine('The customer reported a problem ("My order is late again") and no one has acknowledged it yet.'),
    ).toBe('“My order is late again”');
  });

  it('cuts a long quote, with an ellipsis, and never doubles one the quote already ends with', () => {
    const line = reasonLine(`You asked for details ("${'word '.repeat(30)}…") and got none.`);
    expect(line.length).toBeLessThanOrEqual(72);
    expect(line).toMatch(/^“word word .*…”$/);
    expect(line).not.toMatch(/……/);
  });

  it('gives the first sentence of a reason without a quote', () => {
    expect(reasonLine('The customer has not written yet: let them explain fully. Then reply.')).toBe(
      'The customer has not written yet: let them explain fully.',
    );
  });
});
