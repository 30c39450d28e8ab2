// fast-check generators: valid packs, and ways to break one that each guarantee the result is invalid.
import fc from 'fast-check';
import { BEHAVIOURS, LIMITS, PACK_STEPS, type PhrasePack } from '@/lib/packs';

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,8}$/);
// Plain text as trainers write it: words, punctuation, line breaks, variables, emoji; never blank.
const text = fc
  .array(fc.oneof(word, fc.constantFrom(' ', ', ', '.\n', '{{customer.firstName}}', '😊', '¿', '—', '< ', ' >')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => `${parts.join('')}x`);
// Names and authors have a length limit of their own (100 and 200 characters).
const short = text.map((t) => t.slice(-90));
const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);

const phrase = fc.record(
  {
    id,
    text,
    variants: fc.dictionary(fc.constantFrom(...BEHAVIOURS), text, { maxKeys: 2 }),
    tags: fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/), { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'text'] },
);

export const validPack: fc.Arbitrary<PhrasePack> = fc.record({
  format: fc.constant(1 as const),
  id,
  name: short,
  version: fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((parts) => parts.join('.')),
  locale: fc.constantFrom('en', 'es', 'en-GB', 'es-MX', 'pt-BR'),
  author: short,
  description: fc.oneof(fc.constant(''), text),
  updatedAt: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  // At least one phrase, so every kind of phrase-level damage has somewhere to go.
  steps: fc
    .tuple(
      fc.array(phrase, { minLength: 1, maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...PACK_STEPS), fc.array(phrase, { maxLength: 3 })),
    )
    .map(([listen, rest]) => ({ ...rest, listen })),
});

type Loose = Record<string, unknown> & { steps: Record<string, Array<Record<string, unknown>>> };
type Break = (pack: Loose) => unknown;

const REQUIRED = ['format', 'id', 'name', 'version', 'locale', 'author', 'description', 'updatedAt', 'steps'];
const KNOWN = [...REQUIRED, '$schema', 'cues'];
const wrongValue = fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({ x: 1 }));
// Never "__proto__": assigning it sets the object's prototype instead of adding a key, which leaves
// the pack valid (seed -1095415756 installed one and broke the byte-identical property below it).
const unknownName = (known: readonly string[]) =>
  fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !known.includes(k) && k !== '__proto__');
const firstPhrase = (pack: Loose) => pack.steps.listen![0]!;
const badText = fc.oneof(
  fc.constantFrom('', '   ', '\n\t', '<b>bold</b>', 'see <a href="x">', '<!-- hidden -->', 'bell\u0007', 'nul\u0000'),
  fc.nat(100).map((n) => 'x'.repeat(LIMITS.phraseChars + 1 + n)),
);

/** Each result is invalid whatever pack it starts from. */
export const breakage: fc.Arbitrary<Break> = fc.oneof(
  fc.constantFrom(...REQUIRED).map((key): Break => (pack) => ({ ...pack, [key]: undefined })),
  fc
    .tuple(fc.constantFrom(...REQUIRED), wrongValue)
    // `format: 1` is the one right value a wrong one could land on (seed 1407621368 did).
    .filter(([key, value]) => !(key === 'format' && value === 1))
    .map(([key, value]): Break => (pack) => ({ ...pack, [key]: value })),
  fc.tuple(unknownName(KNOWN), fc.jsonValue()).map(([key, value]): Break => (pack) => ({ ...pack, [key]: value ?? 0 })),
  unknownName(PACK_STEPS).map((step): Break => (pack) => ({ ...pack, steps: { ...pack.steps, [step]: [] } })),
  unknownName(['id', 'text', 'variants', 'tags']).map((key): Break => (pack) => {
    Object.assign(firstPhrase(pack), { [key]: 'x' });
    return pack;
  }),
  unknownName(BEHAVIOURS).map((kind): Break => (pack) => {
    firstPhrase(pack).variants = { [kind]: 'x' };
    return pack;
  }),
  fc.tuple(badText, fc.boolean()).map(([bad, inVariant]): Break => (pack) => {
    if (inVariant) firstPhrase(pack).variants = { angry: bad };
    else firstPhrase(pack).text = bad;
    return pack;
  }),
  fc
    .tuple(fc.constantFrom('{{custmer.name}}', '{{constructor}}', '{{ toString }}', '{{order.total}}'), fc.boolean())
    .map(([unknown, inVariant]): Break => (pack) => {
      if (inVariant) firstPhrase(pack).variants = { angry: `Sorry ${unknown}` };
      else firstPhrase(pack).text = `Hi ${unknown}`;
      return pack;
    }),
  wrongValue.map((value): Break => (pack) => {
    firstPhrase(pack).id = value;
    return pack;
  }),
  fc
    .constantFrom('1.0', 'v1.0.0', '01.0.0', '1.0.0-', '', 'latest', '1.0.0.0')
    .map((version): Break => (pack) => ({ ...pack, version })),
  fc
    .constantFrom('Acme', 'acme pack', '-acme', 'acme--x', '', 'ÄCME')
    .map((bad): Break => (pack) => ({ ...pack, id: bad })),
  fc
    .constantFrom('2026-02-30', '2026-13-01', '26-01-01', 'yesterday', '2026-01-01T25:00Z')
    .map((date): Break => (pack) => ({ ...pack, updatedAt: date })),
  fc.constantFrom(0, 2, '1', null).map((format): Break => (pack) => ({ ...pack, format })),
  fc.constantFrom([], 1, 'pack', null, true).map(
    (root): Break =>
      () =>
        root,
  ),
  fc.nat().map((cut): Break => (pack) => {
    const text = JSON.stringify(pack);
    return text.slice(0, cut % text.length);
  }),
  fc.constant<Break>((pack) => ({
    ...pack,
    steps: {
      ...pack.steps,
      solve: Array.from({ length: LIMITS.phrases + 1 }, (_, i) => ({ id: `s-${i}`, text: 'x' })),
    },
  })),
  fc.constant<Break>((pack) => ({ ...pack, description: 'x'.repeat(LIMITS.bytes) })),
);

/** A malformed pack, sometimes as data and sometimes as the JSON text a file would hold. */
export const malformedPack = fc.tuple(validPack, breakage, fc.boolean()).map(([pack, breakIt, asText]) => {
  const broken = breakIt(structuredClone(pack) as unknown as Loose);
  return asText && typeof broken !== 'string' ? (JSON.stringify(broken) ?? '') : broken;
});
