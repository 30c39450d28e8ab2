import { i18n } from '#i18n';
import { useId } from 'react';
import { formatCount } from '@/components/format';

interface Props {
  busy: boolean;
  /** Every problem of the last refused file; empty when it was fine. */
  errors: string[];
  /** What the last imported file had changed on the way in (a link dropped, times clamped). */
  notices: string[];
  onFile(file: File): void;
}

// A broken file can be wrong in thousands of places; the first ones are enough to start fixing.
const SHOWN = 200;

/** The first SHOWN lines of a report, and how many more there are. */
function Lines({ label, lines, tone }: { label: string; lines: string[]; tone: 'errors' | 'warnings' }) {
  return (
    <>
      <ul className={`issues issues--${tone}`} aria-label={label}>
        {lines.slice(0, SHOWN).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {lines.length > SHOWN && (
        <p className="muted">{i18n.t('packs.errors.more', [formatCount(lines.length - SHOWN)])}</p>
      )}
    </>
  );
}

/** A JSON export back in. All or nothing: a file with any problem writes nothing, and every problem is listed. */
export function ImportNotes({ busy, errors, notices, onFile }: Props) {
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
          <Lines label={i18n.t('notes.import.errors')} lines={errors} tone="errors" />
        </div>
      )}
      {notices.length > 0 && (
        <div className="notice-line notice-line--warning">
          <p>{i18n.t('notes.import.notices')}</p>
          <Lines label={i18n.t('notes.import.notices')} lines={notices} tone="warnings" />
        </div>
      )}
    </section>
  );
}
