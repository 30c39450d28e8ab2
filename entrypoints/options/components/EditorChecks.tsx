import { i18n } from '#i18n';
import type { PackLocation, PackProblem } from '@/lib/packs/field-errors';
import { formatCount } from '@/components/format';
import type { EditorHandlers } from './PackEditor';
import { ProblemList } from './ProblemList';

/**
 * Beside the editor: what is wrong (blocks saving as a pack, not as a draft) and what looks wrong (blocks
 * nothing), each leading to its field; whether there are unsaved changes; and the ways to save or leave.
 */
export function EditorChecks({
  problems,
  valid,
  busy,
  unsaved,
  onGo,
  handlers,
}: {
  problems: readonly PackProblem[];
  /** The pack as it is now parses: it can be saved as a pack and exported. */
  valid: boolean;
  busy: boolean;
  unsaved: boolean;
  onGo(location: PackLocation): void;
  handlers: EditorHandlers;
}) {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  return (
    <aside className="editor__side" aria-label={i18n.t('packs.editor.checks')}>
      {unsaved && <p className="notice-line notice-line--warning">{i18n.t('packs.editor.unsaved')}</p>}
      {errors.length === 0 ? (
        <p className="notice-line notice-line--ok">{i18n.t('packs.editor.valid')}</p>
      ) : (
        <>
          <h3>{i18n.t('packs.editor.problems', errors.length, [formatCount(errors.length)])}</h3>
          <ProblemList problems={errors} label={i18n.t('packs.editor.problemsLabel')} onGo={onGo} />
        </>
      )}
      {warnings.length > 0 && (
        <h3>{i18n.t('packs.editor.warnings', warnings.length, [formatCount(warnings.length)])}</h3>
      )}
      <ProblemList problems={warnings} label={i18n.t('packs.lint.label')} onGo={onGo} />
      <div className="actions">
        <button type="button" className="button" disabled={!valid || busy} onClick={handlers.onSave}>
          {i18n.t('packs.editor.save')}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={handlers.onSaveDraft}>
          {i18n.t('packs.editor.saveDraft')}
        </button>
        <button type="button" className="button button--quiet" disabled={!valid} onClick={handlers.onExport}>
          {i18n.t('packs.editor.export')}
        </button>
        <button type="button" className="button button--quiet" onClick={handlers.onClose}>
          {i18n.t('packs.editor.close')}
        </button>
      </div>
    </aside>
  );
}
