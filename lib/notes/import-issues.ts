import type { z } from 'zod/mini';
import type { JsonSyntaxError } from '../json-syntax';

// What is wrong with an imported file, and what the import changed on the way in, as codes and data: lib
// has no translations, so the notes and insights pages word them in the UI's language. The English lines
// (`errors`, `notices` of import.ts) are written from the same codes, for logs and tools.

/** The formats an export's fields are checked against (schema.ts, model.ts). */
export type ImportFormat = 'datetime' | 'date' | 'url' | 'regex';

/** `path` is where in the file, as a JSON path ("records[3].notes.tags[0]"), "(file)" for the whole of it. */
export type ImportProblem =
  /** `at`: where the file stops being JSON (null when that could not be told); `detail`: the parser's words. */
  | { code: 'not-json'; at: JsonSyntaxError | null; detail: string }
  | { code: 'not-export' }
  /** A format version from a newer Steadyhand: update to import it. */
  | { code: 'newer-version'; version: number }
  /** `version` as the file writes it, in JSON. */
  | { code: 'unknown-version'; version: string }
  /** A redacted export would write placeholders over real notes. */
  | { code: 'redacted' }
  /** The ticket is also `records[first]`. */
  | { code: 'duplicate-id'; path: string; id: string; first: number }
  /** `expected`: a zod type name ("string", "number", "array"…). */
  | { code: 'expected-type'; path: string; expected: string }
  /** `values`: each allowed value as JSON writes it. */
  | { code: 'expected-value'; path: string; values: string[] }
  /** `format`: one of ImportFormat, or zod's own name for one the export does not use. */
  | { code: 'expected-format'; path: string; format: string }
  | { code: 'empty'; path: string }
  | { code: 'too-few'; path: string; minimum: number }
  | { code: 'too-many'; path: string; maximum: number }
  | { code: 'unknown-fields'; path: string; fields: string[] }
  /** A check with no code of its own: zod's message. */
  | { code: 'other'; path: string; message: string };

/** What the import changed in one record; `index` and `id` say which (`records[index]`, its ticket). */
export type ImportChange =
  /** The record's link was not its ticket's own page, so it was dropped (the notes page opens it). */
  | { code: 'link-dropped'; index: number; id: string; url: string }
  /** `count` times later than this computer's clock were set to now (clock.ts). */
  | { code: 'times-clamped'; index: number; id: string; count: number };

function path(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${String(s)}` : String(s)),
    '',
  );
}

/** One problem of an imported file, with where it is. zod/mini carries no English messages: say what was expected. */
export function problemOf(issue: z.core.$ZodIssue): ImportProblem {
  const where = path(issue.path) || '(file)';
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'expected-type', path: where, expected: issue.expected };
    case 'invalid_value':
      return { code: 'expected-value', path: where, values: issue.values.map((v) => JSON.stringify(v) ?? String(v)) };
    case 'invalid_format':
      return { code: 'expected-format', path: where, format: issue.format };
    case 'too_small':
      return issue.minimum === 1
        ? { code: 'empty', path: where }
        : { code: 'too-few', path: where, minimum: Number(issue.minimum) };
    case 'too_big':
      return { code: 'too-many', path: where, maximum: Number(issue.maximum) };
    case 'unrecognized_keys':
      return { code: 'unknown-fields', path: where, fields: issue.keys };
    default:
      return { code: 'other', path: where, message: issue.message };
  }
}

const FORMATS: Record<string, string> = {
  datetime: 'a time like 2024-05-01T09:30:00.000Z',
  date: 'a date like 2024-05-01',
  url: 'a web address (http or https)',
  regex: 'letters, digits, "_" or "-" (at most 64)',
} satisfies Record<ImportFormat, string>;

/** The problem in English, as `errors` lists it. */
export function englishProblem(problem: ImportProblem): string {
  switch (problem.code) {
    case 'not-json':
      return problem.at
        ? `Not a JSON file (line ${problem.at.line}, column ${problem.at.column}): ${problem.detail}`
        : `Not a JSON file: ${problem.detail}`;
    case 'not-export':
      return 'Not a Steadyhand notes export (no "format": "steadyhand-notes").';
    case 'newer-version':
      return `This export was made by a newer Steadyhand (format version ${problem.version}); update Steadyhand to import it.`;
    case 'unknown-version':
      return `Unknown export format version: ${problem.version}.`;
    case 'redacted':
      return 'This export is redacted: importing it would replace notes with placeholders such as [email].';
    case 'duplicate-id':
      return `${problem.path}: "${problem.id}" is already records[${problem.first}]`;
    case 'expected-type':
      return `${problem.path}: expected ${problem.expected}`;
    case 'expected-value':
      return `${problem.path}: expected ${problem.values.join(' or ')}`;
    case 'expected-format':
      return `${problem.path}: expected ${FORMATS[problem.format] ?? problem.format}`;
    case 'empty':
      return `${problem.path}: must not be empty`;
    case 'too-few':
      return `${problem.path}: must have at least ${problem.minimum}`;
    case 'too-many':
      return `${problem.path}: must have at most ${problem.maximum}`;
    case 'unknown-fields':
      return `${problem.path}: unknown field${problem.fields.length > 1 ? 's' : ''} ${problem.fields.join(', ')}`;
    case 'other':
      return `${problem.path}: ${problem.message}`;
  }
}

/** The change in English, as `notices` lists it. */
export function englishChange(change: ImportChange): string {
  const where = `records[${change.index}] (${change.id})`;
  return change.code === 'link-dropped'
    ? `${where}: link dropped, it is not this ticket's page: ${change.url}`
    : `${where}: ${change.count} time${change.count > 1 ? 's' : ''} after this computer's clock set to now`;
}
