import type { z } from 'zod/mini';

function path(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${String(s)}` : String(s)),
    '',
  );
}

const FORMATS: Record<string, string> = {
  datetime: 'a time like 2024-05-01T09:30:00.000Z',
  date: 'a date like 2024-05-01',
  url: 'a web address (http or https)',
  regex: 'letters, digits, "_" or "-" (at most 64)',
};

/** One problem of an imported file, with where it is. zod/mini carries no English messages: say what was expected. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = path(issue.path) || '(file)';
  switch (issue.code) {
    case 'invalid_type':
      return `${where}: expected ${issue.expected}`;
    case 'invalid_value':
      return `${where}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return `${where}: expected ${FORMATS[issue.format] ?? issue.format}`;
    case 'too_small':
      return `${where}: ${issue.minimum === 1 ? 'must not be empty' : `must have at least ${issue.minimum}`}`;
    case 'too_big':
      return `${where}: must have at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    default:
      return `${where}: ${issue.message}`;
  }
}
