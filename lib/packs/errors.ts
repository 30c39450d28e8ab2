// Turns zod's issues into errors a trainer can act on: a JSON path ("steps.clarify[2].text"), an issue code
// with its data for the options page to word ("empty", "unknown-name"), and the same in English for logs and
// tools ("must not be empty"), with a suggestion when an unknown name or variable looks like a typo of a
// known one.
import type { z } from 'zod/mini';
import { CUE_CATEGORIES, CueSet } from '@/lib/framework/cues/schema';
import {
  EMPTY_MESSAGE,
  FORMAT_MESSAGES,
  type FormatCode,
  type NameKind,
  type PackIssue,
  type ValueKind,
} from './issues';
import { BEHAVIOURS, PACK_STEPS, Phrase, PhrasePack } from './schema';
import { closest } from './suggest';
import { isKnownVariable, KNOWN_VARIABLES, ONLY_KNOWN_VARIABLES, variablesIn } from './variables';

export interface PackError {
  /** Where the problem is, as a JavaScript-style path; "" for the pack as a whole. */
  path: string;
  /** What is wrong, in English, for logs and tools; people read `issue`, worded in their language. */
  message: string;
  issue: PackIssue;
}

type Path = ReadonlyArray<PropertyKey>;

export function formatPath(path: Path): string {
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}

const NAME_NOUNS: Record<NameKind, string> = {
  step: 'step',
  field: 'field',
  behaviour: 'behaviour',
  'cue-category': 'cue category',
};

/** The names allowed where an unknown one was found, and what they are. */
function allowedAt(path: Path): { kind: NameKind; names: readonly string[] } {
  const shape = path.map((segment) => (typeof segment === 'number' ? '#' : String(segment)));
  if (shape[0] === 'steps' && shape.length > 1) shape[1] = '*';
  switch (shape.join('/')) {
    case 'steps':
      return { kind: 'step', names: PACK_STEPS };
    case 'steps/*/#':
      return { kind: 'field', names: Object.keys(Phrase.shape) };
    case 'steps/*/#/variants':
      return { kind: 'behaviour', names: BEHAVIOURS };
    case 'cues/#':
      return { kind: 'field', names: Object.keys(CueSet.shape) };
    case 'cues/#/cues':
      return { kind: 'cue-category', names: CUE_CATEGORIES };
    default:
      return { kind: 'field', names: Object.keys(PhrasePack.shape).filter((name) => name !== '$schema') };
  }
}

function unknownName(path: Path, name: string): PackError {
  const { kind, names } = allowedAt(path);
  const guess = closest(name, names);
  const hint = guess ? ` Did you mean "${guess}"?` : ` Use one of: ${names.join(', ')}.`;
  return {
    path: formatPath([...path, name]),
    message: `unknown ${NAME_NOUNS[kind]}.${hint}`,
    issue: { code: 'unknown-name', kind, name, suggestion: guess ?? null, allowed: [...names] },
  };
}

const KINDS: Record<string, ValueKind> = {
  string: 'text',
  number: 'number',
  int: 'whole-number',
  boolean: 'boolean',
  array: 'list',
  object: 'object',
};
const NOUNS: Record<Exclude<ValueKind, 'other'>, string> = {
  text: 'text',
  number: 'a number',
  'whole-number': 'a whole number',
  boolean: 'true or false',
  list: 'a list',
  object: 'an object',
  null: 'null',
};
/** The English for a kind; one JSON has no name for keeps zod's or JavaScript's own. */
const nounOf = (kind: ValueKind, raw: string) => (kind === 'other' ? raw : NOUNS[kind]);

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return KINDS[typeof value] ?? 'other';
}

const count = (n: number) => n.toLocaleString('en-US');
const lengthOf = (input: unknown) => (typeof input === 'string' || Array.isArray(input) ? input.length : undefined);
const FORMAT_CODES = new Map<string, FormatCode>(
  Object.entries(FORMAT_MESSAGES).map(([code, message]) => [message, code as FormatCode]),
);

type Said = Pick<PackError, 'issue' | 'message'>;
const said = (issue: PackIssue, message: string): Said => ({ issue, message });

/** A message our schemas wrote (schema.ts), as its code; zod's own defaults ("Invalid string: …") have none. */
function schemaWorded(message: string): Said | null {
  if (message === EMPTY_MESSAGE) return said({ code: 'empty' }, message);
  const format = FORMAT_CODES.get(message);
  return format ? said({ code: 'format', format }, message) : null;
}

function describeIssue(issue: z.core.$ZodIssue): Said {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return said({ code: 'missing' }, 'is missing');
      const expected = KINDS[issue.expected] ?? 'other';
      const actual = kindOf(input);
      const message = `must be ${nounOf(expected, issue.expected)}, not ${nounOf(actual, typeof input)}`;
      return said({ code: 'wrong-type', expected, actual }, message);
    }
    case 'too_big': {
      const unit = issue.origin === 'string' ? 'characters' : 'entries';
      const maximum = Number(issue.maximum);
      const has = lengthOf(input);
      const message = `must have at most ${count(maximum)} ${unit}${has === undefined ? '' : ` (it has ${count(has)})`}`;
      return said({ code: 'too-long', unit, maximum, actual: has ?? null }, message);
    }
    case 'too_small': {
      if (issue.origin === 'string') return said({ code: 'empty' }, EMPTY_MESSAGE);
      const minimum = Number(issue.minimum);
      return said({ code: 'too-few', minimum }, `must have at least ${count(minimum)} entries`);
    }
    case 'invalid_value': {
      if (issue.values.length !== 1) {
        const values = issue.values.map(String);
        return said({ code: 'one-of', values }, `must be one of: ${values.join(', ')}`);
      }
      const value = JSON.stringify(issue.values[0]) ?? String(issue.values[0]);
      return said({ code: 'must-equal', value }, `must be ${value}`);
    }
    case 'invalid_key':
      return said({ code: 'not-one-word' }, 'must be a single word, without spaces');
    case 'invalid_format': {
      const worded = schemaWorded(issue.message);
      if (worded) return worded;
      if (issue.message.startsWith('Invalid') && issue.path.at(-1) === 'locale') {
        return said({ code: 'format', format: 'language-tag' }, FORMAT_MESSAGES['language-tag']);
      }
      return issue.message.startsWith('Invalid')
        ? said({ code: 'wrong-format' }, 'has the wrong format')
        : said({ code: 'other', message: issue.message }, issue.message);
    }
    default: {
      // The HTML check (schema.ts) passes the tag it found as a parameter, for the page to quote.
      const html: unknown = issue.code === 'custom' ? issue.params?.html : undefined;
      if (typeof html === 'string') return said({ code: 'html', tag: html }, issue.message);
      return schemaWorded(issue.message) ?? said({ code: 'other', message: issue.message }, issue.message);
    }
  }
}

const braced = (name: string) => `{{${name}}}`;

function unknownVariable(path: Path, name: string): PackError {
  const guess = closest(name, KNOWN_VARIABLES);
  const hint = guess ? ` Did you mean ${braced(guess)}?` : ` Use one of: ${KNOWN_VARIABLES.map(braced).join(', ')}.`;
  return {
    path: formatPath(path),
    message: `unknown variable ${braced(name)}.${hint}`,
    issue: { code: 'unknown-variable', name, suggestion: guess ?? null, allowed: [...KNOWN_VARIABLES] },
  };
}

const isVariablesIssue = (issue: z.core.$ZodIssue) =>
  issue.code === 'invalid_format' && issue.format === 'regex' && issue.pattern === ONLY_KNOWN_VARIABLES.toString();

/** One issue can name several unknown fields or variables; each becomes an error of its own. */
export function errorsOf(issue: z.core.$ZodIssue): PackError[] {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => unknownName(issue.path, key));
  if (isVariablesIssue(issue)) {
    const names = variablesIn(String((issue as { input?: unknown }).input ?? '')).filter(
      (name) => !isKnownVariable(name),
    );
    if (names.length) return names.map((name) => unknownVariable(issue.path, name));
  }
  return [{ path: formatPath(issue.path), ...describeIssue(issue) }];
}
