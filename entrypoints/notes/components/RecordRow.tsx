import { i18n } from '#i18n';
import { useId, useState } from 'react';
import type { Autosave, InteractionRecord } from '@/lib/notes';
import { helpdeskName, signalName } from '@/components/labels';
import { formatTime, statusName } from './labels';
import { NotesEditor } from './NotesEditor';

interface Props {
  record: InteractionRecord;
  autosave: Autosave;
  onExport(id: string): void;
  onDelete(id: string): void;
}

/** One interaction: what it was about, a way back to the ticket, and the agent's notes, folded. */
export function RecordRow({ record: r, autosave, onExport, onDelete }: Props) {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // One chip per kind: the record keeps one entry per kind and message.
  const kinds = [...new Set(r.signals.map((s) => s.kind))];

  return (
    <li className="card notes-row" aria-labelledby={headingId}>
      <div className="notes-row__head">
        <h3 id={headingId}>{r.subject ?? i18n.t('notes.row.noSubject')}</h3>
        <span className={`badge notes-status notes-status--${r.status}`}>{statusName(r.status)}</span>
      </div>
      <p className="muted notes-row__meta">
        {i18n.t('notes.row.ticket', [helpdeskName(r.helpdesk), r.ticketId])}
        {r.customerName && <> · {i18n.t('notes.row.customer', [r.customerName])}</>}
        {' · '}
        <time dateTime={r.updatedAt}>{i18n.t('notes.row.updated', [formatTime(r.updatedAt)])}</time>
      </p>
      {kinds.length > 0 && (
        <ul className="notes-row__signals" aria-label={i18n.t('notes.row.signals')}>
          {kinds.map((kind) => (
            <li key={kind} className="badge">
              {signalName(kind)}
            </li>
          ))}
        </ul>
      )}
      <div className="pack__controls">
        {/* The schema only lets http(s) addresses in, so an imported file cannot make this a script link. */}
        {r.url && (
          <a className="button button--quiet" href={r.url} target="_blank" rel="noopener noreferrer">
            {i18n.t('notes.row.open')}
          </a>
        )}
        <button type="button" className="button button--quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
          {i18n.t('notes.row.edit')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onExport(r.id)}>
          {i18n.t('notes.row.export')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setConfirming(true)}>
          {i18n.t('notes.row.delete')}
        </button>
      </div>
      {confirming && (
        <div className="confirm" role="group" aria-label={i18n.t('notes.row.deleteConfirm')}>
          <p>{i18n.t('notes.row.deleteConfirm')}</p>
          <button type="button" className="button button--danger" onClick={() => onDelete(r.id)}>
            {i18n.t('notes.row.deleteYes')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
            {i18n.t('notes.row.cancel')}
          </button>
        </div>
      )}
      {open && <NotesEditor record={r} autosave={autosave} />}
    </li>
  );
}
