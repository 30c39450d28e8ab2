import { i18n } from '#i18n';
import { isVersion, nextPatch, type PhrasePack } from '@/lib/packs';
import type { PackProblem } from '@/lib/packs/field-errors';
import { fieldA11y, fieldDomId } from '../field-ids';
import { FieldProblems } from './FieldProblems';

type Field = 'id' | 'name' | 'version' | 'locale' | 'author' | 'description';

/** The pack's own fields: what it is called, which version, whose, in which language; each with its problems. */
export function PackDetailsForm({
  draft,
  problems,
  onChange,
}: {
  draft: PhrasePack;
  /** The pack's problems by field key (field-errors.ts). */
  problems: ReadonlyMap<string, readonly PackProblem[]>;
  onChange(draft: PhrasePack): void;
}) {
  const set = (field: Field) => (event: { target: { value: string } }) =>
    onChange({ ...draft, [field]: event.target.value });
  const field = (name: Field, hint?: string) => {
    const key = `detail:${name}`;
    const hintId = hint ? `${fieldDomId(key)}-hint` : undefined;
    const props = { ...fieldA11y(key, problems.get(key), hintId), value: draft[name], onChange: set(name) };
    return (
      <div className="field">
        <label htmlFor={props.id}>{i18n.t(`packs.field.${name}`)}</label>
        {name === 'description' ? (
          <textarea {...props} rows={2} />
        ) : (
          <input {...props} spellCheck={name === 'name' || name === 'author'} />
        )}
        {hint && (
          <p className="muted field__hint" id={hintId}>
            {hint}
          </p>
        )}
        <FieldProblems fieldKey={key} problems={problems.get(key)} />
      </div>
    );
  };
  return (
    <fieldset className="details-form">
      <legend>{i18n.t('packs.editor.details')}</legend>
      {field('name')}
      {field('id', i18n.t('packs.editor.idHint'))}
      <div className="field field--row">
        {field('version', i18n.t('packs.editor.versionHint'))}
        <button
          type="button"
          className="button button--quiet field__aside"
          disabled={!isVersion(draft.version)}
          onClick={() => onChange({ ...draft, version: nextPatch(draft.version) })}
        >
          {i18n.t('packs.editor.nextVersion')}
        </button>
      </div>
      {field('locale', i18n.t('packs.editor.localeHint'))}
      {field('author')}
      {field('description')}
    </fieldset>
  );
}
