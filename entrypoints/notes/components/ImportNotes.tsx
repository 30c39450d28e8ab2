import { i18n } from '#i18n';
import { useId } from 'react';

interface Props {
  busy: boolean;
  /** Every problem of the last refused file; empty when it was fine. */
  errors: string[];
  onFile(file: File): void;
}

// A broken file can be wrong in thousands of places; the first ones are enough to start fixing.
const SHOWN = 200;

/** A JSON export back in. All or nothing: a file with any problem writes nothing, and every problem is listed. */
export function ImportNotes({ busy, errors, onFile }: Props) {
  const id = useId();
  return (
    <section className="card notes-import" aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h2 id={`${id}-title`}>{i18n.t('notes.import.title')}</h2>
      <label htmlFor={`${id}-file`}>{i18n.t('notes.import.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          // The same file again (after fixing it) must fire a change too.
          event.target.value = '';
        }}
      />
      <p className="muted field__hint">{i18n.t('notes.import.hint')}</p>
      {errors.length > 0 && (
        <div className="notice-line notice-line--error" role="alert">
          <p>{i18n.t('notes.import.refused')}</p>
          <ul className="issues issues--errors" aria-label={i18n.t('notes.import.errors')}>
            {errors.slice(0, SHOWN).map((error, i) => (
              <li key={i}>{error}</li>
            ))}
          </ul>
          {errors.length > SHOWN && (
            <p className="muted">{i18n.t('packs.errors.more', [String(errors.length - SHOWN)])}</p>
          )}
        </div>
      )}
    </section>
  );
}
