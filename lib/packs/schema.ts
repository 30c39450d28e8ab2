// The phrase pack format: the source of truth for parsing, the TypeScript types and the JSON Schema that
// trainers' editors use (schema/phrase-pack.schema.json, generated from this file). zod/mini, like every
// other schema in the extension: one flavour of zod in the bundles instead of two.
import { z } from 'zod/mini';
import { CueSet } from '@/lib/framework/cues/schema';
import type { SignalKind } from '@/lib/framework/guidance';
import { GuidanceStep } from '@/lib/framework/steps';
import { EMPTY_MESSAGE, FORMAT_MESSAGES } from './issues';
import { SEMVER } from './semver';
import { KNOWN_VARIABLES, ONLY_KNOWN_VARIABLES } from './variables';

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
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

// Date.parse rolls 2025-02-30 over to March; a real date survives the round trip through Date.UTC.
function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && !Number.isNaN(Date.parse(text));
}

// Phrase text as earlier versions stored it, when an unknown variable was only a warning.
const StoredPhraseText = z.string().check(
  z.maxLength(LIMITS.phraseChars),
  z.regex(/\S/, EMPTY_MESSAGE),
  z.regex(CONTROL, FORMAT_MESSAGES['control-characters']),
  z.superRefine((text, ctx) => {
    const tag = HTML_TAG.exec(text)?.[0];
    // `params` carries the tag for the options page, which words the issue itself (errors.ts).
    const html = tag?.slice(0, 40);
    if (html)
      ctx.addIssue({ code: 'custom', message: `must be plain text: remove the HTML "${html}"`, params: { html } });
  }),
  z.meta({
    description: `Plain text: line breaks and the {{variables}} Steadyhand fills in (${KNOWN_VARIABLES.join(', ')}) allowed, no HTML.`,
  }),
);
// errorsOf (errors.ts) words this check's issues, one per unknown variable, with a suggestion.
const PhraseText = StoredPhraseText.check(z.regex(ONLY_KNOWN_VARIABLES, FORMAT_MESSAGES['unfilled-variable']));

const Slug = (description: string) =>
  z.string().check(z.maxLength(64), z.regex(SLUG, FORMAT_MESSAGES.slug), z.meta({ description }));

const Text = (max: number) => z.string().check(z.maxLength(max), z.regex(/\S/, EMPTY_MESSAGE));

/** The pack format around a kind of phrase text: one tree for packs coming in, one for packs stored. */
function packSchemas(text: typeof PhraseText) {
  const Phrase = z
    .strictObject({
      id: Slug('Unique in the pack; usage is counted by id.'),
      text,
      variants: z
        .optional(
          z.strictObject(
            Object.fromEntries(BEHAVIOURS.map((kind) => [kind, z.optional(text)])) as {
              [K in Behaviour]: z.ZodMiniOptional<typeof text>;
            },
          ),
        )
        .check(
          z.meta({
            description: 'The same phrase worded for a customer who is angry, demanding, indecisive or abusive.',
          }),
        ),
      tags: z.optional(
        z
          .array(z.string().check(z.regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]{0,39}$/u, FORMAT_MESSAGES['tag-word'])))
          .check(z.maxLength(20)),
      ),
    })
    .check(z.meta({ title: 'Phrase' }));

  const PackSteps = z
    .strictObject(
      Object.fromEntries(PACK_STEPS.map((step) => [step, z.optional(z.array(Phrase))])) as {
        [K in PackStep]: z.ZodMiniOptional<z.ZodMiniArray<typeof Phrase>>;
      },
    )
    .check(z.meta({ description: 'Phrases per framework step (listen … document) and for setting a boundary.' }));

  const PhrasePack = z
    .strictObject({
      /** Lets a trainer's editor find the JSON Schema; ignored otherwise. */
      $schema: z.optional(z.string()),
      format: z.literal(PACK_FORMAT).check(z.meta({ description: 'Phrase pack format version.' })),
      id: Slug('Stays the same across versions.'),
      name: Text(100),
      version: z.string().check(z.regex(SEMVER, FORMAT_MESSAGES.version)),
      locale: z.string().check(z.regex(LOCALE, FORMAT_MESSAGES['language-tag'])),
      author: Text(200),
      description: z.string().check(z.maxLength(2000)),
      updatedAt: z
        .string()
        .check(z.regex(DATE, FORMAT_MESSAGES.date), z.refine(isCalendarDate, FORMAT_MESSAGES['calendar-date'])),
      steps: PackSteps,
      cues: z
        .optional(z.array(CueSet).check(z.maxLength(20)))
        .check(z.meta({ description: 'Extra cue words for the guidance engine, per locale.' })),
    })
    .check(z.meta({ title: 'Steadyhand phrase pack' }));

  return { Phrase, PackSteps, PhrasePack };
}

/** A pack as parsePack accepts it, and as the JSON Schema describes it. */
export const { Phrase, PackSteps, PhrasePack } = packSchemas(PhraseText);
export type Phrase = z.infer<typeof Phrase>;
export type PackSteps = z.infer<typeof PackSteps>;
export type PhrasePack = z.infer<typeof PhrasePack>;

/**
 * A pack as the store reads it back: one installed before unknown variables were refused keeps working
 * (the panel asks the agent for such a value) instead of making every stored pack unreadable.
 */
export const { PhrasePack: StoredPhrasePack } = packSchemas(StoredPhraseText);

/** Every phrase of a pack with the step it belongs to, in pack order. */
export function phrasesOf(pack: PhrasePack): Array<{ step: PackStep; index: number; phrase: Phrase }> {
  return PACK_STEPS.flatMap((step) => (pack.steps[step] ?? []).map((phrase, index) => ({ step, index, phrase })));
}
