import { describe, expect, it } from 'vitest';
import { formatPath, lintPack, parsePack } from '@/lib/packs';
import type { PackIssue } from '@/lib/packs/issues';
import { errorProblem, fieldKey, locate, packProblems, pathSegments, problemsByField } from '@/lib/packs/field-errors';
import { pack } from './fixtures';

describe('locating a pack problem', () => {
  it('reads a formatted path back into its segments', () => {
    for (const segments of [
      ['steps', 'listen', 1, 'text'],
      ['steps', 'odd key', 0],
      ['cues', 0, 'cues', 'anger'],
      [],
    ]) {
      expect(pathSegments(formatPath(segments))).toEqual(segments);
    }
  });

  it('finds the step, phrase and field', () => {
    expect(locate(['steps', 'listen', 1, 'text'])).toEqual({
      kind: 'phrase',
      step: 'listen',
      index: 1,
      field: 'text',
      behaviour: null,
      tag: null,
    });
    expect(fieldKey(locate(['steps', 'act', 0, 'variants', 'angry']))).toBe('phrase:act:0:variant:angry');
    expect(fieldKey(locate(['steps', 'act', 0, 'tags', 3]))).toBe('phrase:act:0:tags');
    expect(fieldKey(locate(['steps', 'act', 0]))).toBe('phrase:act:0');
    expect(fieldKey(locate(['steps', 'boundary']))).toBe('step:boundary');
    expect(fieldKey(locate(['version']))).toBe('detail:version');
    expect(fieldKey(locate([]))).toBe('pack');
  });

  it('puts an unknown name at its parent, the name in its issue', () => {
    const unknown: PackIssue = { code: 'unknown-name', kind: 'field', name: 'txt', suggestion: 'text', allowed: [] };
    const field = { path: 'steps.listen[0].txt', message: 'unknown field. Did you mean "text"?', issue: unknown };
    expect(errorProblem(field)).toMatchObject({
      location: { kind: 'phrase', step: 'listen', index: 0, field: null },
      issue: { name: 'txt' },
    });
    const variable: PackIssue = { code: 'unknown-variable', name: 'x', suggestion: null, allowed: [] };
    expect(
      errorProblem({ path: 'steps.listen[0].text', message: 'unknown variable {{x}}.', issue: variable }),
    ).toMatchObject({ location: { kind: 'phrase', field: 'text' } });
  });

  it('locates a pack inside a policy, and the policy’s own problems at the pack as a whole', () => {
    const within = 'packs[2].pack';
    const error = (path: string) => ({ path, message: 'm', issue: { code: 'other', message: 'm' } as const });
    expect(errorProblem(error('packs[2].pack.version'), within).location).toEqual({
      kind: 'detail',
      field: 'version',
    });
    expect(errorProblem(error('packs[2].url'), within).location).toEqual({ kind: 'pack' });
  });

  it('gathers a pack’s errors and warnings per field', () => {
    const draft = pack({
      author: '',
      steps: {
        listen: [
          { id: 'a', text: '' },
          { id: 'a', text: 'Hi {{customer.firstName}' },
        ],
      },
    });
    const parsed = parsePack(draft);
    const problems = packProblems(parsed.ok ? [] : parsed.errors, lintPack(draft));
    const byField = problemsByField(problems);
    expect([...byField.keys()]).toEqual([
      'detail:author',
      'phrase:listen:0:text',
      'step:empathize',
      'step:clarify',
      'step:solve',
      'step:act',
      'step:document',
      'step:boundary',
      'phrase:listen:1:id',
      'phrase:listen:1:text',
    ]);
    expect(byField.get('phrase:listen:1:id')![0]).toMatchObject({ severity: 'warning' });
  });
});
