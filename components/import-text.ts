// A notes export's import problems and changes (lib/notes import-issues.ts) in the UI's language, for the
// notes page (importing notes) and the insights page (the team roll-up), which check files the same way.
import { i18n } from '#i18n';
import type { ImportChange, ImportFormat } from '@/lib/notes';
import { visibleCharacter } from '@/lib/json-syntax';
import type { RollupProblem } from '@/lib/rollup';
import { formatCount } from './format';
import { uiLocale } from './ui-locale';

const TYPE_KEYS: Record<string, () => string> = {
  string: () => i18n.t('notes.import.problem.type.string'),
  number: () => i18n.t('notes.import.problem.type.number'),
  boolean: () => i18n.t('notes.import.problem.type.boolean'),
  array: () => i18n.t('notes.import.problem.type.array'),
  object: () => i18n.t('notes.import.problem.type.object'),
};

const FORMAT_KEYS = {
  datetime: 'notes.import.problem.format.datetime',
  date: 'notes.import.problem.format.date',
  url: 'notes.import.problem.format.url',
  regex: 'notes.import.problem.format.regex',
} as const satisfies Record<ImportFormat, string>;

const isKnownFormat = (format: string): format is ImportFormat => format in FORMAT_KEYS;

/** What was expected, in words: "text", "a time like …"; a name the export never uses as zod gives it. */
function expected(problem: Extract<RollupProblem, { code: 'expected-type' | 'expected-value' | 'expected-format' }>) {
  switch (problem.code) {
    case 'expected-type':
      return TYPE_KEYS[problem.expected]?.() ?? problem.expected;
    case 'expected-value':
      return new Intl.ListFormat(uiLocale(), { type: 'disjunction' }).format(problem.values);
    case 'expected-format':
      return isKnownFormat(problem.format) ? i18n.t(FORMAT_KEYS[problem.format]) : problem.format;
  }
}

/** One problem of a refused file, with where it is ("records[3].status: expected …"). */
export function importProblemText(problem: RollupProblem): string {
  switch (problem.code) {
    case 'not-json': {
      if (!problem.at) return i18n.t('notes.import.problem.notJson', [problem.detail]);
      const at: [string, string] = [formatCount(problem.at.line), formatCount(problem.at.column)];
      return problem.at.found === null
        ? i18n.t('notes.import.problem.notJsonEnded', at)
        : i18n.t('notes.import.problem.notJsonFound', [...at, visibleCharacter(problem.at.found)]);
    }
    case 'not-export':
      return i18n.t('notes.import.problem.notExport');
    case 'newer-version':
      return i18n.t('notes.import.problem.newerVersion', [formatCount(problem.version)]);
    case 'unknown-version':
      return i18n.t('notes.import.problem.unknownVersion', [problem.version]);
    case 'redacted':
      return i18n.t('notes.import.problem.redacted');
    case 'duplicate-id':
      return i18n.t('notes.import.problem.duplicateId', [problem.path, problem.id, String(problem.first)]);
    case 'expected-type':
    case 'expected-value':
    case 'expected-format':
      return i18n.t('notes.import.problem.expected', [problem.path, expected(problem)]);
    case 'empty':
      return i18n.t('notes.import.problem.empty', [problem.path]);
    case 'too-few':
      return i18n.t('notes.import.problem.tooFew', [problem.path, formatCount(problem.minimum)]);
    case 'too-many':
      return i18n.t('notes.import.problem.tooMany', [problem.path, formatCount(problem.maximum)]);
    case 'unknown-fields': {
      const fields = new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(problem.fields);
      return i18n.t('notes.import.problem.unknownFields', problem.fields.length, [problem.path, fields]);
    }
    case 'other':
      return i18n.t('notes.import.problem.other', [problem.path, problem.message]);
    case 'file-name':
      return i18n.t('notes.import.problem.fileName', [JSON.stringify(problem.name)]);
  }
}

/** What the import changed in one record, and which record ("records[0] (zendesk:acme:1): link dropped…"). */
export function importChangeText(change: ImportChange): string {
  const where = `records[${change.index}] (${change.id})`;
  return change.code === 'link-dropped'
    ? i18n.t('notes.import.change.linkDropped', [where, change.url])
    : i18n.t('notes.import.change.timesClamped', change.count, [where, formatCount(change.count)]);
}
