// What is wrong with a pack, as a code and its data: lib has no translations, so the options page words
// each issue in the UI's language (entrypoints/options/problem-text.ts), while a PackError's English
// `message` stays for logs and tools. A zod schema, because managed packs' issues are stored (managed.ts).
import { z } from 'zod/mini';

/** A kind of JSON value, as "must be text, not a list" names them; `other` for anything JSON has not. */
export const VALUE_KINDS = ['text', 'number', 'whole-number', 'boolean', 'list', 'object', 'null', 'other'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** What an unknown name stands where: a step, a field, a behaviour's variant, a cue category. */
export const NAME_KINDS = ['step', 'field', 'behaviour', 'cue-category'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** What every "must not be empty" check says, whether zod finds a string too short or schema.ts a blank one. */
export const EMPTY_MESSAGE = 'must not be empty';

/**
 * The checks the pack schema words itself (schema.ts), by code, with their English. errors.ts reads the
 * code back from an issue's message, so each message here is the one schema.ts gives zod.
 */
export const FORMAT_MESSAGES = {
  'control-characters': 'must not contain invisible control characters (only line breaks and tabs are allowed)',
  'unfilled-variable': 'uses a variable Steadyhand does not fill in',
  slug: 'must be lower-case letters and digits, joined by "-", "_" or ".", like "billing-refund"',
  'tag-word': 'must be one word of up to 40 letters or digits',
  version: 'must be a version like "1.2.0" (major.minor.patch)',
  'language-tag': 'must be a language tag like "en" or "es-MX"',
  date: 'must be a date like "2025-03-31" or "2025-03-31T14:00:00Z"',
  'calendar-date': 'must be a real calendar date',
} as const;
export type FormatCode = keyof typeof FORMAT_MESSAGES;
const FORMAT_CODES = Object.keys(FORMAT_MESSAGES) as [FormatCode, ...FormatCode[]];

/** Why downloading a pack failed: the server's answer, a file over the 1 MB limit, or the network's words. */
export const FetchProblem = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('http-status'), status: z.number(), statusText: z.string() }),
  z.strictObject({ code: z.literal('too-large') }),
  z.strictObject({ code: z.literal('network'), detail: z.string() }),
]);
export type FetchProblem = z.infer<typeof FetchProblem>;

const Named = { name: z.string(), suggestion: z.nullable(z.string()), allowed: z.array(z.string()) };
const Kind = z.enum(VALUE_KINDS);
const bare = <C extends string>(code: C) => z.strictObject({ code: z.literal(code) });

export const PackIssue = z.discriminatedUnion('code', [
  // The file as a whole: where it stops being JSON and the character there (null: the text ended; absent
  // when the place could not be told, and in issues stored before it was recorded). `detail` is the JSON
  // parser's own (English) words.
  z.strictObject({
    code: z.literal('not-json'),
    line: z.nullable(z.number()),
    column: z.nullable(z.number()),
    found: z.optional(z.nullable(z.string())),
    detail: z.string(),
  }),
  z.strictObject({ code: z.literal('pack-too-large'), bytes: z.number() }),
  bare('not-plain-data'),
  bare('not-object'),
  z.strictObject({ code: z.literal('too-many-phrases'), phrases: z.number(), limit: z.number() }),
  // A field. A suggestion is the known name closest to the unknown one; without one, `allowed` lists them all.
  z.strictObject({ code: z.literal('unknown-name'), kind: z.enum(NAME_KINDS), ...Named }),
  z.strictObject({ code: z.literal('unknown-variable'), ...Named }),
  bare('missing'),
  z.strictObject({ code: z.literal('wrong-type'), expected: Kind, actual: Kind }),
  z.strictObject({
    code: z.literal('too-long'),
    unit: z.enum(['characters', 'entries']),
    maximum: z.number(),
    actual: z.nullable(z.number()),
  }),
  bare('empty'),
  z.strictObject({ code: z.literal('too-few'), minimum: z.number() }),
  /** The one value allowed, as JSON writes it ("1", "\"listen\""). */
  z.strictObject({ code: z.literal('must-equal'), value: z.string() }),
  z.strictObject({ code: z.literal('one-of'), values: z.array(z.string()) }),
  bare('not-one-word'),
  z.strictObject({ code: z.literal('html'), tag: z.string() }),
  z.strictObject({ code: z.literal('format'), format: z.enum(FORMAT_CODES) }),
  bare('wrong-format'),
  /** Shown as written: a check with no code of its own (zod's words), or a refusal a page already worded. */
  z.strictObject({ code: z.literal('other'), message: z.string() }),
  // An entry of the organisation's policy (managed.ts).
  bare('not-https'),
  z.strictObject({ code: z.literal('download-failed'), problem: FetchProblem }),
  bare('url-or-pack'),
]);
export type PackIssue = z.infer<typeof PackIssue>;
