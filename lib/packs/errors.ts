// Turns zod's issues into errors a trainer can act on: a JSON path ("steps.clarify[2].text") and a plain
// message ("must not be empty"), with a suggestion when an unknown name or variable looks like a typo of a
// known one.
import type { z } from 'zod/mini';
import { CUE_CATEGORIES, CueSet } from '@/lib/framework/cues/schema';
import { BEHAVIOURS, PACK_STEPS, Phrase, PhrasePack } from './schema';
import { closest } from './suggest';
import { isKnownVariable, KNOWN_VARIABLES, ONLY_KNOWN_VARIABLES, variablesIn } from './variables';

export interface PackError {
  /** Where the problem is, as a JavaScript-style path; "" for the pack as a whole. */
  path: string;
  message: string;
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

/** The names allowed where an unknown one was found, and what to call them. */
function allowedAt(path: Path): { noun: string; names: readonly string[] } {
  const shape = path.map((segment) => (typeof segment === 'number' ? '#' : String(segment)));
  if (shape[0] === 'steps' && shape.length > 1) shape[1] = '*';
  switch (shape.join('/')) {
    case 'steps':
      return { noun: 'step', names: PACK_STEPS };
    case 'steps/*/#':
      return { noun: 'field', names: Object.keys(Phrase.shape) };
    case 'steps/*/#/variants':
      return { noun: 'behaviour', names: BEHAVIOURS };
    case 'cues/#':
      return { noun: 'field', names: Object.keys(CueSet.shape) };
    case 'cues/#/cues':
      return { noun: 'cue category', names: CUE_CATEGORIES };
    default:
      return { noun: 'field', names: Object.keys(PhrasePack.shape).filter((name) => name !== '$schema') };
  }
}

function unknownName(path: Path, name: string): PackError {
  const { noun, names } = allowedAt(path);
  const guess = closest(name, names);
  const hint = guess ? ` Did you mean "${guess}"?` : ` Use one of: ${names.join(', ')}.`;
  return { path: formatPath([...path, name]), message: `unknown ${noun}.${hint}` };
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  return NOUNS[typeof value] ?? typeof value;
}

const count = (n: number) => n.toLocaleString('en-US');
const lengthOf = (input: unknown) => (typeof input === 'string' || Array.isArray(input) ? input.length : undefined);

function messageOf(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? 'is missing'
        : `must be ${NOUNS[issue.expected] ?? issue.expected}, not ${kindOf(input)}`;
    case 'too_big': {
      const unit = issue.origin === 'string' ? 'characters' : 'entries';
      const has = lengthOf(input);
      return `must have at most ${count(Number(issue.maximum))} ${unit}${has === undefined ? '' : ` (it has ${count(has)})`}`;
    }
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : `must have at least ${count(Number(issue.minimum))} entries`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_key':
      return 'must be a single word, without spaces';
    case 'invalid_format':
      // Our schemas word their own format messages; zod's defaults ("Invalid string: …") show a pattern instead.
      if (!issue.message.startsWith('Invalid')) return issue.message;
      return issue.path.at(-1) === 'locale' ? 'must be a language tag like "en" or "es-MX"' : 'has the wrong format';
    default:
      return issue.message;
  }
}

const braced = (name: string) => `{{${name}}}`;

function unknownVariable(path: Path, name: string): PackError {
  const guess = closest(name, KNOWN_VARIABLES);
  const hint = guess ? ` Did you mean ${braced(guess)}?` : ` Use one of: ${KNOWN_VARIABLES.map(braced).join(', ')}.`;
  return { path: formatPath(path), message: `unknown variable ${braced(name)}.${hint}` };
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
  return [{ path: formatPath(issue.path), message: messageOf(issue) }];
}
