// A pack's problems in the trainer's words: where ("Listen & Acknowledge › Phrase 2") and what ("text is
// empty"), never a JSON path. The same words serve the editor's fields, its summary and the import review.
import { i18n } from '#i18n';
import type { LintWarning, PackStep } from '@/lib/packs';
import type { PackLocation, PackProblem } from '@/lib/packs/field-errors';
import { formatCount } from '@/components/format';
import { issueText, unknownNameText } from './issue-text';

const stepName = (step: PackStep) => i18n.t(`steps.${step}.name`);

const DETAIL_NAMES: Record<string, () => string> = {
  id: () => i18n.t('packs.problem.field.id'),
  name: () => i18n.t('packs.problem.field.name'),
  version: () => i18n.t('packs.problem.field.version'),
  locale: () => i18n.t('packs.problem.field.locale'),
  author: () => i18n.t('packs.problem.field.author'),
  description: () => i18n.t('packs.problem.field.description'),
  updatedAt: () => i18n.t('packs.problem.field.updatedAt'),
  format: () => i18n.t('packs.problem.field.format'),
};

/** The place, as the editor names it. */
export function problemWhere(location: PackLocation): string {
  switch (location.kind) {
    case 'pack':
      return i18n.t('packs.problem.pack');
    case 'cues':
      return i18n.t('packs.problem.cues');
    case 'detail':
      return i18n.t('packs.problem.details');
    case 'step':
      return stepName(location.step);
    case 'phrase':
      return i18n.t('packs.problem.phrase', [stepName(location.step), formatCount(location.index + 1)]);
  }
}

/** The field within the place, lower-case, to start a sentence with ("text", "angry variant", "tag 2"). */
function subjectOf(location: PackLocation): string | null {
  switch (location.kind) {
    case 'detail':
      return DETAIL_NAMES[location.field]?.() ?? location.field;
    case 'cues':
      return location.rest || null;
    case 'phrase':
      if (location.behaviour) return i18n.t('packs.problem.field.variant', [location.behaviour]);
      if (location.tag !== null) return i18n.t('packs.problem.field.tag', [formatCount(location.tag + 1)]);
      if (location.field) return i18n.t(`packs.problem.field.${location.field}`);
      return null;
    default:
      return null;
  }
}

function lintWhat(warning: LintWarning): string {
  switch (warning.kind) {
    case 'malformed-variable':
      return i18n.t('packs.lint.malformedVariable', [warning.subject]);
    case 'duplicate-id':
      return i18n.t('packs.lint.duplicateId', [warning.subject]);
    case 'empty-step':
      return i18n.t('packs.problem.emptyStep');
  }
}

/** What is wrong, worded to follow the field's name: "text is empty", "version must be a version like…". */
export function problemWhat(problem: PackProblem): string {
  if (problem.severity === 'warning') return lintWhat(problem.warning);
  const { issue } = problem;
  // An unknown step or field is located at its parent, but the sentence is about the name itself.
  if (issue.code === 'unknown-name') return unknownNameText(issue);
  const subject = subjectOf(problem.location);
  if (subject === null) return issueText(issue);
  if (issue.code === 'empty') return i18n.t('packs.problem.empty', [subject]);
  return i18n.t('packs.problem.subject', [subject, issueText(issue)]);
}

/** "Listen & Acknowledge › Phrase 2: text is empty". */
export const problemSentence = (problem: PackProblem) =>
  i18n.t('packs.problem.line', [problemWhere(problem.location), problemWhat(problem)]);
