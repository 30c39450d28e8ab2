import { i18n } from '#i18n';
import { useId, useState, type FormEvent } from 'react';
import type { StorageUse } from '@/lib/notes';
import { formatCount } from '@/components/format';
import { formatBytes } from './labels';

interface Props {
  usage: StorageUse | null;
  retentionDays: number | null;
  busy: boolean;
  /** null turns retention off. */
  onRetention(days: number | null): void;
  onDeleteAll(): void;
}

/** Storage used, auto-delete after N days, and delete everything (after a second, explicit click). */
export function DataControls({ usage, retentionDays, busy, onRetention, onDeleteAll }: Props) {
  const id = useId();
  const [days, setDays] = useState(retentionDays === null ? '' : String(retentionDays));
  const [invalid, setInvalid] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // The stored setting arrives after the first render: show it until the agent types.
  const [touched, setTouched] = useState(false);
  const shown = touched ? days : retentionDays === null ? '' : String(retentionDays);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = shown.trim();
    const parsed = Number(value);
    if (value && !(Number.isInteger(parsed) && parsed >= 1)) return setInvalid(true);
    setInvalid(false);
    onRetention(value ? parsed : null);
  };

  return (
    <section className="card notes-data" aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h2 id={`${id}-title`}>{i18n.t('notes.data.title')}</h2>
      {usage && (
        <p>
          {i18n.t('notes.data.records', usage.records, [formatCount(usage.records)])}
          <br />
          {usage.usage !== null && usage.quota !== null
            ? i18n.t('notes.data.usage', [formatBytes(usage.usage), formatBytes(usage.quota)])
            : i18n.t('notes.data.usageUnknown')}
        </p>
      )}
      {/* Our own message, in the page’s words, rather than the browser’s bubble. */}
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-days`}>{i18n.t('notes.data.retention')}</label>
        <input
          id={`${id}-days`}
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          value={shown}
          aria-invalid={invalid}
          aria-describedby={`${id}-days-hint`}
          onChange={(event) => {
            setTouched(true);
            setDays(event.target.value);
          }}
        />
        <p className="muted field__hint" id={`${id}-days-hint`}>
          {invalid ? i18n.t('notes.data.retentionInvalid') : i18n.t('notes.data.retentionHint')}
        </p>
        <button type="submit" className="button" disabled={busy}>
          {i18n.t('notes.data.retentionSave')}
        </button>
      </form>
      {confirming ? (
        <div className="confirm" role="group" aria-label={i18n.t('notes.data.deleteAll')}>
          <p>{i18n.t('notes.data.deleteAllConfirm', usage?.records ?? 0, [formatCount(usage?.records ?? 0)])}</p>
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => {
              setConfirming(false);
              onDeleteAll();
            }}
          >
            {i18n.t('notes.data.deleteAllYes')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
            {i18n.t('notes.row.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--danger" disabled={busy} onClick={() => setConfirming(true)}>
          {i18n.t('notes.data.deleteAll')}
        </button>
      )}
    </section>
  );
}
