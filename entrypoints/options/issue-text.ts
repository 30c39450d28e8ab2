// A pack's issue (lib/packs/issues.ts) in the trainer's language: what follows the field's name ("must not
// be empty", "must be text, not a list"), or a sentence of its own for the file as a whole. Numbers and
// sizes are written as the UI's language writes them.
import { i18n } from '#i18n';
import type { FetchProblem, FormatCode, NameKind, PackIssue, ValueKind } from '@/lib/packs/issues';
import { visibleCharacter } from '@/lib/json-syntax';
import { formatSize } from '@/lib/packs/format-size';
import { formatCount } from '@/components/format';
import { uiLocale } from '@/components/ui-locale';

const KIND_KEYS = {
  text: 'packs.issue.kind.text',
  number: 'packs.issue.kind.number',
  'whole-number': 'packs.issue.kind.wholeNumber',
  boolean: 'packs.issue.kind.boolean',
  list: 'packs.issue.kind.list',
  object: 'packs.issue.kind.object',
  null: 'packs.issue.kind.nullValue',
  other: 'packs.issue.kind.other',
} as const satisfies Record<ValueKind, string>;

const NAME_KEYS = {
  step: 'packs.issue.unknownName.step',
  field: 'packs.issue.unknownName.field',
  behaviour: 'packs.issue.unknownName.behaviour',
  'cue-category': 'packs.issue.unknownName.cueCategory',
} as const satisfies Record<NameKind, string>;

const FORMAT_KEYS = {
  'control-characters': 'packs.issue.format.controlCharacters',
  'unfilled-variable': 'packs.issue.format.unfilledVariable',
  slug: 'packs.issue.format.slug',
  'tag-word': 'packs.issue.format.tagWord',
  version: 'packs.issue.format.version',
  'language-tag': 'packs.issue.format.languageTag',
  date: 'packs.issue.format.date',
  'calendar-date': 'packs.issue.format.calendarDate',
} as const satisfies Record<FormatCode, string>;

const braced = (name: string) => `{{${name}}}`;
const quoted = (name: string) => `"${name}"`;

/** "Did you mean "listen"?", or every name allowed when none is close. */
function hint(suggestion: string | null, allowed: readonly string[], show: (name: string) => string): string {
  return suggestion === null
    ? i18n.t('packs.issue.useOneOf', [allowed.map(show).join(', ')])
    : i18n.t('packs.issue.didYouMean', [show(suggestion)]);
}

/** "“lisen” is an unknown step. Did you mean "listen"?": a sentence about the name, not its parent field. */
export function unknownNameText(issue: Extract<PackIssue, { code: 'unknown-name' }>): string {
  return `${i18n.t(NAME_KEYS[issue.kind], [issue.name])} ${hint(issue.suggestion, issue.allowed, quoted)}`;
}

/** Why a download failed: the server's answer, the size limit, or the network's own words. */
export function fetchProblemText(problem: FetchProblem): string {
  switch (problem.code) {
    case 'http-status':
      return i18n.t('packs.download.status', [String(problem.status), problem.statusText]).trim();
    case 'too-large':
      return i18n.t('packs.download.tooLarge');
    case 'network':
      return problem.detail;
  }
}

function tooLongText(issue: Extract<PackIssue, { code: 'too-long' }>): string {
  const key = issue.unit === 'characters' ? 'packs.issue.tooLongCharacters' : 'packs.issue.tooLongEntries';
  const limit = i18n.t(key, [formatCount(issue.maximum)]);
  return issue.actual === null ? limit : i18n.t('packs.issue.has', [limit, formatCount(issue.actual)]);
}

/** What is wrong, worded to follow the field's name, as the English `message` of a PackError reads. */
export function issueText(issue: PackIssue): string {
  switch (issue.code) {
    case 'not-json': {
      if (issue.line === null || issue.column === null) return i18n.t('packs.issue.notJson', [issue.detail]);
      const at: [string, string] = [formatCount(issue.line), formatCount(issue.column)];
      if (issue.found === undefined) return i18n.t('packs.issue.notJsonAt', [...at, issue.detail]);
      return issue.found === null
        ? i18n.t('packs.issue.notJsonEnded', at)
        : i18n.t('packs.issue.notJsonFound', [...at, visibleCharacter(issue.found)]);
    }
    case 'pack-too-large':
      return i18n.t('packs.issue.packTooLarge', [formatSize(issue.bytes, uiLocale())]);
    case 'not-plain-data':
      return i18n.t('packs.issue.notPlainData');
    case 'not-object':
      return i18n.t('packs.issue.notObject');
    case 'too-many-phrases':
      return i18n.t('packs.issue.tooManyPhrases', [formatCount(issue.phrases), formatCount(issue.limit)]);
    case 'unknown-name':
      return unknownNameText(issue);
    case 'unknown-variable':
      return `${i18n.t('packs.issue.unknownVariable', [braced(issue.name)])} ${hint(issue.suggestion, issue.allowed, braced)}`;
    case 'missing':
      return i18n.t('packs.issue.missing');
    case 'wrong-type':
      return i18n.t('packs.issue.wrongType', [i18n.t(KIND_KEYS[issue.expected]), i18n.t(KIND_KEYS[issue.actual])]);
    case 'too-long':
      return tooLongText(issue);
    case 'empty':
      return i18n.t('packs.issue.empty');
    case 'too-few':
      return i18n.t('packs.issue.tooFew', [formatCount(issue.minimum)]);
    case 'must-equal':
      return i18n.t('packs.issue.mustEqual', [issue.value]);
    case 'one-of':
      return i18n.t('packs.issue.oneOf', [issue.values.join(', ')]);
    case 'not-one-word':
      return i18n.t('packs.issue.notOneWord');
    case 'html':
      return i18n.t('packs.issue.html', [issue.tag]);
    case 'format':
      return i18n.t(FORMAT_KEYS[issue.format]);
    case 'wrong-format':
      return i18n.t('packs.issue.wrongFormat');
    case 'other':
      return issue.message;
    case 'not-https':
      return i18n.t('packs.issue.notHttps');
    case 'download-failed':
      return i18n.t('packs.issue.downloadFailed', [fetchProblemText(issue.problem)]);
    case 'url-or-pack':
      return i18n.t('packs.issue.urlOrPack');
  }
}
