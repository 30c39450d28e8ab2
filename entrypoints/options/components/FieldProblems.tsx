import type { PackProblem } from '@/lib/packs/field-errors';
import { problemDomId } from '../field-ids';
import { problemWhat } from '../problem-text';

/** What is wrong with one field, under it; the field points here with aria-describedby. */
export function FieldProblems({
  fieldKey,
  problems,
}: {
  fieldKey: string;
  problems: readonly PackProblem[] | undefined;
}) {
  if (!problems?.length) return null;
  return (
    <div className="field__problems" id={problemDomId(fieldKey)}>
      {problems.map((problem, i) => (
        <p key={i} className={`field__problem field__problem--${problem.severity}`}>
          {problemWhat(problem)}
        </p>
      ))}
    </div>
  );
}
