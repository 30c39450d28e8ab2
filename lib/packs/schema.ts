// The phrase pack format: the source of truth for parsing, the TypeScript types and the JSON Schema that
// trainers' editors use (schema/phrase-pack.schema.json, generated from this file). Classic zod: packs
// are read by extension pages and the background, never by the content script.
import { z } from 'zod';
import { CueSet } from '@/lib/framework/cues/schema';
import type { SignalKind } from '@/lib/framework/guidance';
import { GuidanceStep } from '@/lib/framework/steps';
import { SEMVER } from './semver';

/** The format version this build reads; part of the JSON Schema's `$id`. */
export const PACK_FORMAT = 1;
export const PACK_SCHEMA_ID = `https://steadyhand.app/schema/phrase-pack-${PACK_FORMAT}.json`;

export const LIMITS = {
  /** Size of the pack as UTF-8 JSON. */
  bytes: 1024 * 1024,
  phrases: 5000,
  phraseChars: 2000,
} as const;

/** The six framework steps and the boundary mode, in framework order. */
export const PACK_STEPS = GuidanceStep.options;
export type PackStep = (typeof PACK_STEPS)[number];

/** The customer behaviours a phrase may have a variant for. */
export const BEHAVIOURS = ['angry', 'demanding', 'indecisive', 'abusive'] as const satisfies readonly SignalKind[];
export type Behaviour = (typeof BEHAVIOURS)[number];

// An HTML element's tag (or a comment), which would mean a phrase was written for a rich-text editor:
// phrases are plain text so they insert the same way into every composer. Only real element names count,
// so "<customer name>" or "a < b > c" stay plain text (and a lint-free way to write them is {{variables}}).
const HTML_TAG = new RegExp(
  '<!--|</?(?:a|abbr|b|base|blockquote|body|br|button|center|code|del|div|em|embed|font|form|h[1-6]|head|hr|html|i|' +
    'iframe|img|input|ins|label|li|link|mark|marquee|meta|noscript|object|ol|option|p|pre|s|script|section|select|' +
    'small|span|strong|style|sub|sup|svg|table|tbody|td|template|textarea|th|tr|u|ul|video)(?=[\\s/>])[^<>]*>',
  'i',
);
// C0 control characters other than tab and line breaks, and DEL: invisible, and never wanted in a reply.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
const SLUG = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const SLUG_HINT = 'must be lower-case letters and digits, joined by "-", "_" or ".", like "billing-refund"';
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

// Date.parse rolls 2025-02-30 over to March; a real date survives the round trip through Date.UTC.
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && !Number.isNaN(Date.parse(text));
}

const PhraseText = z
  .string()
  .max(LIMITS.phraseChars)
  .regex(/\S/, 'must not be empty')
  .regex(CONTROL, 'must not contain invisible control characters (only line breaks and tabs are allowed)')
  .superRefine((text, ctx) => {
    const tag = HTML_TAG.exec(text)?.[0];
    if (tag) ctx.addIssue({ code: 'custom', message: `must be plain text: remove the HTML "${tag.slice(0, 40)}"` });
  })
  .meta({ description: 'Plain text: line breaks and {{variables}} allowed, no HTML.' });

export const Phrase = z
  .strictObject({
    id: z.string().max(64).regex(SLUG, SLUG_HINT).meta({ description: 'Unique in the pack; usage is counted by id.' }),
    text: PhraseText,
    variants: z
      .strictObject(
        Object.fromEntries(BEHAVIOURS.map((kind) => [kind, PhraseText.optional()])) as {
          [K in Behaviour]: z.ZodOptional<typeof PhraseText>;
        },
      )
      .optional()
      .meta({ description: 'The same phrase worded for a customer who is angry, demanding, indecisive or abusive.' }),
    tags: z
      .array(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]{0,39}$/u, 'must be one word of up to 40 letters or digits'))
      .max(20)
      .optional(),
  })
  .meta({ title: 'Phrase' });
export type Phrase = z.infer<typeof Phrase>;

export const PackSteps = z
  .strictObject(
    Object.fromEntries(PACK_STEPS.map((step) => [step, z.array(Phrase).optional()])) as {
      [K in PackStep]: z.ZodOptional<z.ZodArray<typeof Phrase>>;
    },
  )
  .meta({ description: 'Phrases per framework step (listen … document) and for setting a boundary.' });
export type PackSteps = z.infer<typeof PackSteps>;

export const PhrasePack = z
  .strictObject({
    /** Lets a trainer's editor find the JSON Schema; ignored otherwise. */
    $schema: z.string().optional(),
    format: z.literal(PACK_FORMAT).meta({ description: 'Phrase pack format version.' }),
    id: z.string().max(64).regex(SLUG, SLUG_HINT).meta({ description: 'Stays the same across versions.' }),
    name: z.string().max(100).regex(/\S/, 'must not be empty'),
    version: z.string().regex(SEMVER, 'must be a version like "1.2.0" (major.minor.patch)'),
    locale: z.string().regex(LOCALE, 'must be a language tag like "en" or "es-MX"'),
    author: z.string().max(200).regex(/\S/, 'must not be empty'),
    description: z.string().max(2000),
    updatedAt: z
      .string()
      .regex(DATE, 'must be a date like "2025-03-31" or "2025-03-31T14:00:00Z"')
      .refine(isCalendarDate, 'must be a real calendar date'),
    steps: PackSteps,
    cues: z
      .array(CueSet)
      .max(20)
      .optional()
      .meta({ description: 'Extra cue words for the guidance engine, per locale.' }),
  })
  .meta({ title: 'Steadyhand phrase pack' });
export type PhrasePack = z.infer<typeof PhrasePack>;

/** Every phrase of a pack with the step it belongs to, in pack order. */
export function phrasesOf(pack: PhrasePack): Array<{ step: PackStep; index: number; phrase: Phrase }> {
  return PACK_STEPS.flatMap((step) => (pack.steps[step] ?? []).map((phrase, index) => ({ step, index, phrase })));
}
