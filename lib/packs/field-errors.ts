// Where a pack's problem belongs: its JSON path ("steps.listen[1].text", as errors.ts and lint.ts write it)
// read back into the step, phrase and field it concerns, so the editor can show each problem beside its
// field and every list can name the place in words. The words themselves live in the locales.
import type { PackError } from './errors';
import type { PackIssue } from './issues';
import type { LintWarning } from './lint';
import { BEHAVIOURS, PACK_STEPS, type Behaviour, type PackStep } from './schema';

export type PhraseField = 'id' | 'text' | 'tags' | 'variants';

export type PackLocation =
  /** The pack as a whole, or all its steps at once (the phrase count). */
  | { kind: 'pack' }
  /** One of the pack's own fields: name, version, locale… */
  | { kind: 'detail'; field: string }
  | { kind: 'step'; step: PackStep }
  /** A phrase (field null), one of its fields, one behaviour's wording, or one tag. */
  | {
      kind: 'phrase';
      step: PackStep;
      index: number;
      field: PhraseField | null;
      behaviour: Behaviour | null;
      tag: number | null;
    }
  /** Cue words, which the editor does not edit: `rest` is the path within them. */
  | { kind: 'cues'; rest: string };

export type PackProblem = {
  location: PackLocation;
  /** The JSON path, for a pack that lives in a file. */
  path: string;
} & (
  | {
      severity: 'error';
      /** In English, for logs; `issue` is what a page words. */
      message: string;
      /** An unknown field, step or behaviour (code `unknown-name`) is located at its parent. */
      issue: PackIssue;
    }
  | { severity: 'warning'; warning: LintWarning }
);

/** "steps.listen[1].text" → ["steps", "listen", 1, "text"]: formatPath (errors.ts) read backwards. */
export function pathSegments(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const match of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[\]]+)/g)) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(JSON.parse(match[2]) as string);
    else segments.push(match[3]!);
  }
  return segments;
}

const isStep = (name: unknown): name is PackStep => (PACK_STEPS as readonly unknown[]).includes(name);
const isBehaviour = (name: unknown): name is Behaviour => (BEHAVIOURS as readonly unknown[]).includes(name);
const PHRASE_FIELDS: readonly unknown[] = ['id', 'text', 'tags', 'variants'] satisfies PhraseField[];

function phraseLocation(step: PackStep, index: number, rest: Array<string | number>): PackLocation {
  const [field, detail] = rest;
  const known = PHRASE_FIELDS.includes(field) ? (field as PhraseField) : null;
  return {
    kind: 'phrase',
    step,
    index,
    field: known,
    behaviour: known === 'variants' && isBehaviour(detail) ? detail : null,
    tag: known === 'tags' && typeof detail === 'number' ? detail : null,
  };
}

export function locate(segments: ReadonlyArray<string | number>): PackLocation {
  const [head, step, index, ...rest] = segments;
  if (head === undefined) return { kind: 'pack' };
  if (head === 'cues') return { kind: 'cues', rest: segments.slice(1).join('.') };
  if (head !== 'steps') return { kind: 'detail', field: String(head) };
  if (!isStep(step)) return { kind: 'pack' };
  if (typeof index !== 'number') return { kind: 'step', step };
  return phraseLocation(step, index, rest);
}

/** `path` from inside the pack at `within`; null when it is outside it. */
function ownPath(path: string, within: string): string | null {
  if (!within || path === within) return path.slice(within.length);
  const rest = path.slice(within.length);
  return path.startsWith(within) && /^[.[]/.test(rest) ? rest.replace(/^\./, '') : null;
}

/**
 * An error located in its pack. `within` is where the pack sits in a larger document (a policy's
 * "packs[0].pack"): an error outside it is about the document, and is located at the pack as a whole.
 */
export function errorProblem(error: PackError, within = ''): PackProblem {
  const own = ownPath(error.path, within);
  const segments = own === null ? [] : pathSegments(own);
  const unknown = error.issue.code === 'unknown-name' && segments.length > 0;
  return {
    severity: 'error',
    location: locate(unknown ? segments.slice(0, -1) : segments),
    path: error.path,
    message: error.message,
    issue: error.issue,
  };
}

export const warningProblem = (warning: LintWarning): PackProblem => ({
  severity: 'warning',
  location: locate(pathSegments(warning.path)),
  path: warning.path,
  warning,
});

/** Errors first, then warnings: everything to show for a pack. */
export const packProblems = (errors: readonly PackError[], warnings: readonly LintWarning[]): PackProblem[] => [
  ...errors.map((error) => errorProblem(error)),
  ...warnings.map(warningProblem),
];

/**
 * The field a problem is shown at: "phrase:listen:1:text", "detail:name", "step:boundary", "pack". A tag's
 * problem is shown at the tags field, a phrase's own (or its variants') at the phrase.
 */
export function fieldKey(location: PackLocation): string {
  switch (location.kind) {
    case 'pack':
      return 'pack';
    case 'cues':
      return 'cues';
    case 'detail':
      return `detail:${location.field}`;
    case 'step':
      return `step:${location.step}`;
    case 'phrase': {
      const phrase = `phrase:${location.step}:${location.index}`;
      if (location.field === 'variants') return location.behaviour ? `${phrase}:variant:${location.behaviour}` : phrase;
      return location.field ? `${phrase}:${location.field}` : phrase;
    }
  }
}

/** The problems per field key, in the order they came. */
export function problemsByField(problems: readonly PackProblem[]): Map<string, PackProblem[]> {
  const map = new Map<string, PackProblem[]>();
  for (const problem of problems) {
    const key = fieldKey(problem.location);
    map.set(key, [...(map.get(key) ?? []), problem]);
  }
  return map;
}
