import { i18n } from '#i18n';
import { fieldKey, type PackLocation, type PackProblem } from '@/lib/packs/field-errors';
import { fieldDomId } from '../field-ids';
import { problemSentence } from '../problem-text';
import { formatCount } from '@/components/format';
import { clipText } from '@/lib/clip';

// A pack can be wrong in thousands of places; the first ones are enough to start fixing.
const SHOWN = 200;
/** A problem quotes what the trainer wrote, which may be a whole paragraph; its start is enough to find it. */
const PROBLEM_CHARACTERS = 160;

/**
 * A pack's problems in words ("Listen & Acknowledge › Phrase 2: text is empty"). In the editor each one
 * leads to its field (`onGo`); for a pack in a file or a policy, `showPath` adds where it is in that JSON.
 */
export function ProblemList({
  problems,
  label,
  onGo,
  showPath,
}: {
  problems: readonly PackProblem[];
  label: string;
  onGo?: (location: PackLocation) => void;
  showPath?: 'file' | 'policy';
}) {
  if (!problems.length) return null;
  const kind = problems[0]!.severity === 'error' ? 'errors' : 'warnings';
  return (
    <>
      <ul className={`issues issues--${kind}`} aria-label={label}>
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>
            {onGo ? (
              <a
                href={`#${fieldDomId(fieldKey(problem.location))}`}
                onClick={(event) => {
                  event.preventDefault();
                  onGo(problem.location);
                }}
              >
                {clipText(problemSentence(problem), PROBLEM_CHARACTERS)}
              </a>
            ) : (
              clipText(problemSentence(problem), PROBLEM_CHARACTERS)
            )}
            {showPath && problem.path && (
              <span className="issues__in-file muted">
                {' '}
                {i18n.t(showPath === 'file' ? 'packs.problem.inFile' : 'packs.problem.inPolicy', [
                  clipText(problem.path, PROBLEM_CHARACTERS),
                ])}
              </span>
            )}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p className="muted">{i18n.t('packs.errors.more', [formatCount(problems.length - SHOWN)])}</p>
      )}
    </>
  );
}
