// The editor's fields have ids made from where they are in the pack ("pack-phrase-listen-1-text"), not
// React's useId: the problem summary has to find a field, in whichever step, to move focus to it.
import type { PackProblem } from '@/lib/packs/field-errors';

export const fieldDomId = (key: string) => `pack-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
export const problemDomId = (key: string) => `${fieldDomId(key)}-problem`;

/** The id and ARIA state a field takes from its problems: invalid for an error, described by each. */
export function fieldA11y(key: string, problems: readonly PackProblem[] | undefined, hint?: string) {
  const described = [hint, problems?.length ? problemDomId(key) : undefined].filter(Boolean).join(' ');
  return {
    id: fieldDomId(key),
    'aria-invalid': problems?.some((problem) => problem.severity === 'error') ? true : undefined,
    'aria-describedby': described || undefined,
  };
}
