import { i18n } from '#i18n';
import { useId, useState } from 'react';
import type { Autosave, InteractionRecord, NotesPatch, Status } from '@/lib/notes';
import { STATUSES, statusName } from './labels';

interface Draft {
  status: Status;
  complaint: string;
  solution: string;
  outcome: string;
  followUpDate: string;
  tags: string;
  text: string;
}

const draftOf = (r: InteractionRecord): Draft => ({
  status: r.status,
  complaint: r.notes.complaint,
  solution: r.notes.solution,
  outcome: r.notes.outcome,
  followUpDate: r.notes.followUpDate ?? '',
  tags: r.notes.tags.join(', '),
  text: r.notes.text,
});

/** Only the field that changed goes to the autosave: another tab may be editing the others. */
function patchOf(field: keyof Draft, value: string): NotesPatch {
  switch (field) {
    case 'followUpDate':
      return { followUpDate: value || null };
    case 'tags':
      return { tags: value.split(',') };
    case 'status':
      return { status: value as Status };
    default:
      return { [field]: value };
  }
}

/**
 * The agent's notes on one record. The draft is this editor's own: it is read from the record once, so a
 * list refresh after a save never moves the text under the cursor.
 */
export function NotesEditor({ record, autosave }: { record: InteractionRecord; autosave: Autosave }) {
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(record));
  const change = (field: keyof Draft) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setDraft((d) => ({ ...d, [field]: value }));
    autosave.edit(record.id, patchOf(field, value));
  };
  const area = (field: 'complaint' | 'solution' | 'outcome' | 'text', rows = 2) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{i18n.t(`notes.fields.${field}`)}</label>
      <textarea id={`${id}-${field}`} rows={rows} value={draft[field]} onChange={change(field)} />
    </div>
  );

  return (
    <div className="notes-editor">
      <div className="notes-editor__row">
        <div className="field">
          <label htmlFor={`${id}-status`}>{i18n.t('notes.fields.status')}</label>
          <select id={`${id}-status`} value={draft.status} onChange={change('status')}>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusName(status)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-followUpDate`}>{i18n.t('notes.fields.followUpDate')}</label>
          <input id={`${id}-followUpDate`} type="date" value={draft.followUpDate} onChange={change('followUpDate')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-tags`}>{i18n.t('notes.fields.tags')}</label>
          <input id={`${id}-tags`} value={draft.tags} onChange={change('tags')} aria-describedby={`${id}-tags-hint`} />
          <p className="field__hint muted" id={`${id}-tags-hint`}>
            {i18n.t('notes.fields.tagsHint')}
          </p>
        </div>
      </div>
      {area('complaint')}
      {area('solution')}
      {area('outcome')}
      {area('text', 4)}
    </div>
  );
}
