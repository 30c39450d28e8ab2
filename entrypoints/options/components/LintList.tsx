import { i18n } from '#i18n';
import type { LintWarning, PackStep } from '@/lib/packs';

function describe(warning: LintWarning): string {
  switch (warning.kind) {
    case 'malformed-variable':
      return i18n.t('packs.lint.malformedVariable', [warning.subject]);
    case 'duplicate-id':
      return i18n.t('packs.lint.duplicateId', [warning.subject]);
    case 'empty-step':
      return i18n.t('packs.lint.emptyStep', [i18n.t(`steps.${warning.subject as PackStep}.name`)]);
  }
}

/** Things that are allowed but probably mistakes: they never stop a pack from being saved or imported. */
export function LintList({ warnings }: { warnings: readonly LintWarning[] }) {
  if (!warnings.length) return null;
  return (
    <ul className="issues issues--warnings" aria-label={i18n.t('packs.lint.label')}>
      {warnings.map((warning, i) => (
        <li key={i}>
          <code className="issues__path">{warning.path}</code>: {describe(warning)}
        </li>
      ))}
    </ul>
  );
}
