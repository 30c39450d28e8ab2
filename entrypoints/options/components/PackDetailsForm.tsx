import { i18n } from '#i18n';
import { useId } from 'react';
import { isVersion, nextPatch, type PhrasePack } from '@/lib/packs';

type Field = 'id' | 'name' | 'version' | 'locale' | 'author' | 'description';

/** The pack's own fields: what it is called, which version, whose, in which language. */
export function PackDetailsForm({ draft, onChange }: { draft: PhrasePack; onChange(draft: PhrasePack): void }) {
  const base = useId();
  const set = (field: Field) => (event: { target: { value: string } }) =>
    onChange({ ...draft, [field]: event.target.value });
  const input = (field: Exclude<Field, 'description'>, hint?: string) => (
    <div className="field">
      <label htmlFor={`${base}-${field}`}>{i18n.t(`packs.field.${field}`)}</label>
      <input
        id={`${base}-${field}`}
        value={draft[field]}
        onChange={set(field)}
        aria-describedby={hint ? `${base}-${field}-hint` : undefined}
        spellCheck={field === 'name' || field === 'author'}
      />
      {hint && (
        <p className="muted field__hint" id={`${base}-${field}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
  return (
    <fieldset className="details-form">
      <legend>{i18n.t('packs.editor.details')}</legend>
      {input('name')}
      {input('id', i18n.t('packs.editor.idHint'))}
      <div className="field field--row">
        {input('version', i18n.t('packs.editor.versionHint'))}
        <button
          type="button"
          className="button button--quiet field__aside"
          disabled={!isVersion(draft.version)}
          onClick={() => onChange({ ...draft, version: nextPatch(draft.version) })}
        >
          {i18n.t('packs.editor.nextVersion')}
        </button>
      </div>
      {input('locale', i18n.t('packs.editor.localeHint'))}
      {input('author')}
      <div className="field">
        <label htmlFor={`${base}-description`}>{i18n.t('packs.field.description')}</label>
        <textarea id={`${base}-description`} rows={2} value={draft.description} onChange={set('description')} />
      </div>
    </fieldset>
  );
}
