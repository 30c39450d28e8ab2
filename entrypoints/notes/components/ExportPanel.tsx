import { i18n } from '#i18n';
import { useEffect, useId, useState } from 'react';
import type { ExportFormat, Redaction } from '@/lib/notes';
import { readAgentName, writeAgentName } from '@/lib/notes/agent-name';

export interface ExportOptions {
  /** The list's own selection; a single record is exported from its row, with these same options. */
  scope: 'all' | 'filtered';
  format: ExportFormat;
  redaction: Required<Redaction>;
}

export const DEFAULT_EXPORT: ExportOptions = {
  scope: 'all',
  format: 'json',
  redaction: { emails: false, phones: false, cards: false, names: false },
};

const FORMATS: ExportFormat[] = ['json', 'csv', 'markdown'];
const REDACTIONS = ['emails', 'phones', 'cards', 'names'] as const;

interface Props {
  options: ExportOptions;
  busy: boolean;
  onChange(options: ExportOptions): void;
  onExport(): void;
}

export function ExportPanel({ options, busy, onChange, onExport }: Props) {
  const id = useId();
  const radio = <K extends 'scope' | 'format'>(name: K, value: ExportOptions[K], label: string) => (
    <label key={value} className="toggle">
      <input
        type="radio"
        name={`${id}-${name}`}
        checked={options[name] === value}
        onChange={() => onChange({ ...options, [name]: value })}
      />{' '}
      {label}
    </label>
  );

  return (
    <section className="card notes-export" aria-labelledby={`${id}-title`} aria-busy={busy}>
      <h2 id={`${id}-title`}>{i18n.t('notes.export.title')}</h2>
      <fieldset>
        <legend>{i18n.t('notes.export.selection')}</legend>
        {radio('scope', 'all', i18n.t('notes.export.all'))}
        {radio('scope', 'filtered', i18n.t('notes.export.filtered'))}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('notes.export.format')}</legend>
        {FORMATS.map((format) => radio('format', format, i18n.t(`notes.export.${format}`)))}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('notes.export.redaction')}</legend>
        {REDACTIONS.map((kind) => (
          <label key={kind} className="toggle">
            <input
              type="checkbox"
              checked={options.redaction[kind]}
              onChange={(event) =>
                onChange({ ...options, redaction: { ...options.redaction, [kind]: event.target.checked } })
              }
            />{' '}
            {i18n.t(`notes.export.${kind}`)}
          </label>
        ))}
        <p className="muted field__hint">{i18n.t('notes.export.redactionHint')}</p>
      </fieldset>
      <AgentNameField />
      <button type="button" className="button" disabled={busy} onClick={onExport}>
        {i18n.t('notes.export.button')}
      </button>
    </section>
  );
}

/** "Your name in exports", set once: JSON exports carry it so a lead's roll-up labels the records. */
function AgentNameField() {
  const id = useId();
  const [name, setName] = useState('');
  useEffect(() => void readAgentName().then((stored) => setName(stored ?? '')), []);
  return (
    <div className="field">
      <label htmlFor={id}>{i18n.t('insights.agentName.label')}</label>
      <input
        id={id}
        type="text"
        maxLength={200}
        autoComplete="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        onBlur={() => void writeAgentName(name)}
      />
      <p className="muted field__hint">{i18n.t('insights.agentName.hint')}</p>
    </div>
  );
}
