// Properties of redaction on generated text, and its cost on long adversarial text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhn, PLACEHOLDER, redactor } from '@/lib/notes/redact';

const all = { emails: true, phones: true, cards: true, names: true };
const NAMES = ['José Muñoz', 'María García', 'Zoë Brontë', 'François Dubois', 'Ana Lúcia Gonçalves', 'Björn Åström'];
const ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce];
const inScript = (text: string, zero: number) => text.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
const digitCount = (text: string) => text.match(/\p{Nd}/gu)?.length ?? 0;

// Pieces that each detector reacts to, so that generated text keeps hitting their edges: digits of several
// scripts, every kind of separator, signs, e-mail and IBAN pieces, name forms, placeholders, invisible
// characters, combining marks, lone surrogates.
const FRAGMENTS = [
  '0', '1', '4', '7', '9', '٣', '５', '१', ' ', '\u00a0', '\u2009', '-', '\u2013', '.', '/', '_', '(', ')',
  '+', '00', '@', '%40', '#', ',', ':', '€', '$', 'a', 'x', 'ext', 'de', 'DE89', 'é', 'e\u0301', 'José',
  'jose', 'MUÑOZ', 'munoz', '[name]', '[card]', '[phone]', '\u200b', '\u2066', '\u200e', '\n', "'", '"',
  '.com', 'ß', 'İ', '王', '\ud800', '\udc00', '😀', '4111 1111 1111 1111', '+44 20 7946 0958',
]; // prettier-ignore
const risky = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  risky,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);
const customer = fc.constantFrom(...NAMES);
const options = fc.record({ emails: fc.boolean(), phones: fc.boolean(), cards: fc.boolean(), names: fc.boolean() });

/** Whether `out` is `text` with some parts replaced by placeholders: the rest as written, in order. */
function keepsTheRest(text: string, out: string): boolean {
  const placeholders = new RegExp(
    Object.values(PLACEHOLDER)
      .map((p) => p.replace(/[[\]]/g, '\\$&'))
      .join('|'),
  );
  let at = 0;
  for (const piece of out.split(placeholders)) {
    const found = text.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

describe('redaction properties', () => {
  it('never throws, and returns the text as written apart from placeholders', () => {
    fc.assert(
      fc.property(anyText, customer, (text, name) => {
        const out = redactor(all, [name])(text);
        expect(keepsTheRest(text, out)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent, whatever is asked', () => {
    fc.assert(
      fc.property(anyText, customer, options, (text, name, asked) => {
        const r = redactor(asked, [name]);
        const once = r(text);
        expect(r(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('never makes more digits visible', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(digitCount(redactor(all)(text))).toBeLessThanOrEqual(digitCount(text));
      }),
    );
  });
});

describe('redacted numbers', () => {
  const digit = fc.integer({ min: 0, max: 9 });
  const digits = (min: number, max: number) =>
    fc.array(digit, { minLength: min, maxLength: max }).map((ds) => ds.join(''));
  const nonZero = fc.integer({ min: 1, max: 9 }).map(String);
  const withLuhn = (body: string) => body + [...'0123456789'].find((d) => luhn(body + d))!;
  const groups = (text: string, size: number) => text.match(new RegExp(`.{1,${size}}`, 'g'))!;

  const CARD_SEPARATORS = [' ', '\u00a0', '\u2009', '-', '\u2013', '\u2014', '.', '_'];
  const card = fc
    .tuple(nonZero, digits(11, 17), fc.constantFrom(...CARD_SEPARATORS), fc.boolean())
    .map(([first, body, sep, bare]) => {
      const number = withLuhn(first + body);
      if (bare) return number;
      if (number.length === 15) return [number.slice(0, 4), number.slice(4, 10), number.slice(10)].join(sep);
      return groups(number, 4).join(sep);
    });

  const PHONE_SEPARATORS = [...CARD_SEPARATORS, '/', ' / ', ' - '];
  const sep = fc.constantFrom(...PHONE_SEPARATORS);
  const international = fc
    .tuple(fc.constantFrom('+', '00'), nonZero, digits(0, 2), sep, nonZero, digits(6, 9))
    .map(
      ([prefix, c, cc, s, a, rest]) =>
        prefix + c + cc + s + [a + rest.slice(0, 2), ...groups(rest.slice(2), 4)].join(s),
    );
  const national = fc
    .tuple(nonZero, digits(1, 3), sep, nonZero, digits(5, 6))
    .map(([a, area, s, b, rest]) => `0${a}${area}${s}${b}${rest}`);
  const northAmerican = fc
    .tuple(fc.integer({ min: 2, max: 9 }), digits(2, 2), digits(3, 3), digits(4, 4), sep, fc.boolean())
    .map(([a, area, b, c, s, brackets]) => (brackets ? `(${a}${area}) ${b}${s}${c}` : [`${a}${area}`, b, c].join(s)));
  const extension = fc.constantFrom('', ' ext. 12', 'x4711', ' #3');
  const phone = fc.tuple(fc.oneof(international, national, northAmerican), extension).map(([p, ext]) => p + ext);

  const word = fc.string({ unit: fc.constantFrom(...'abcdeéñøxyz'), minLength: 1, maxLength: 8 });
  const before = fc.constantFrom(' ', ': ', '\n', ' – ', ' (');
  const after = fc.constantFrom(' ', ', ', '. ', '\n', ')');
  const invisible = fc.constantFrom('', '\u200b', '\u2066', '\u00ad');
  const embedded = (numbers: fc.Arbitrary<string>) =>
    fc
      .tuple(word, before, numbers, fc.constantFrom(...ZEROS), invisible, after, word)
      .map(([w1, b, n, zero, mark, a, w2]) => w1 + b + inScript(n, zero).replace(/ /, ` ${mark}`) + a + w2);

  it('leaves no digit of a card number visible, however it is written', () => {
    fc.assert(
      fc.property(embedded(card), (text) => {
        expect(digitCount(redactor({ cards: true })(text))).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no digit of a phone number visible, however it is written', () => {
    fc.assert(
      fc.property(embedded(phone), (text) => {
        expect(digitCount(redactor({ phones: true })(text))).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('redacted names', () => {
  // The test's own folding, independent of the code's: compatibility decomposition, no marks, no invisible
  // characters, lower case.
  const plain = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\p{M}\p{Cf}]/gu, '')
      .toLowerCase();
  const parts = (name: string) => plain(name).split(/\s+/);
  const containsWord = (text: string, word: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(text);

  const form = (name: string) =>
    fc
      .tuple(
        fc.constantFrom(...parts(name), name),
        fc.constantFrom('as typed', 'lower', 'upper', 'plain', 'decomposed'),
        fc.constantFrom(' ', '  ', '\u00a0', ' \u200b'),
      )
      .map(([text, how, space]) => {
        const spaced = text.replace(/ /g, space);
        if (how === 'lower') return spaced.toLowerCase();
        if (how === 'upper') return spaced.toUpperCase();
        if (how === 'plain') return plain(spaced);
        return how === 'decomposed' ? spaced.normalize('NFD') : spaced;
      });
  const filler = fc.constantFrom('called', 'about', 'Marias', 'josefina', 'the', 'refund', 'de', 'la', '42');
  const gap = fc.constantFrom(' ', ', ', '\n', '.', '-', '’s ', '(', ') ', ': ');

  it('leaves no part of the customer name visible, in any case or accent form', () => {
    fc.assert(
      fc.property(
        customer.chain((name) =>
          fc.tuple(fc.constant(name), fc.array(fc.tuple(fc.oneof(form(name), filler), gap), { maxLength: 12 })),
        ),
        ([name, pieces]) => {
          const text = pieces.map(([piece, g]) => piece + g).join('');
          const out = plain(redactor({ names: true }, [name])(text));
          for (const part of parts(name)) expect(containsWord(out, part), `${part} in ${out}`).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('long adversarial text', () => {
  const LENGTH = 200_000;
  const repeat = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  // Each is one field of 200,000 characters without a space to rest on; vitest's 5 s timeout is the guard
  // (the former e-mail pattern took 24 s on 50,000 such characters).
  it.each([
    ['letters without an "@"', repeat('a')],
    ['local-part characters without an "@"', repeat('x.y_z+1-%')],
    ['many "@" and dots', repeat('a.b@')],
    ['"@" and encoded "@" alternating', repeat('a@b%40c.')],
    ['a long local part then a domain', `${'a'.repeat(LENGTH - 10)}@example.com`],
    ['a long domain', `a@${'b.'.repeat(LENGTH / 2 - 2)}`],
    ['one run of digits', repeat('4')],
    ['digits and single separators', repeat('4 ')],
    ['digits and dots', repeat('1.')],
    ['short digit groups and brackets', repeat('(1)-2/')],
    ['thousands groups', repeat('1 234 ')],
    ['date-shaped chains', repeat('2026-03-01-')],
    ['separators only', repeat(' -./_()')],
    ['IBAN starts', repeat('de89 ')],
    ['plus signs and extensions', repeat('+1 555 123 4567 x1 ')],
    ['quoted local parts', repeat('"a"@')],
    ['name words', repeat('josé muñoz de la ')],
    ['unspaced script', repeat('王伟')],
    ['invisible characters between digits', repeat('\u200b1')],
    ['lone surrogates', repeat('\ud800')],
    ['full-width digits and spaces', repeat('１\u3000')],
    ['random mix', repeat('a@1.b-2 (3)+4%40c.de89\u00a0٣,€')],
  ])('redacts %s in one call', (_, text) => {
    const out = redactor(all, ['José Muñoz'])(text);
    expect(out.length).toBeGreaterThan(0);
  });
});
