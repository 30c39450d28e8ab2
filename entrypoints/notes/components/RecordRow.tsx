import { i18n } from '#i18n';
import { useId, useState } from 'react';
import { ticketLink, type Autosave, type InteractionRecord } from '@/lib/notes';
import { helpdeskName, signalName } from '@/components/labels';
import { formatTime, statusName } from './labels';
import { NotesEditor } from './NotesEditor';
import { Timeline } from './Timeline';

interface Props {
  record: InteractionRecord;
  autosave: Autosave;
  onExport(id: string): void;
  onDelete(id: string): void;
}

/** What the record is about: its subject, else the customer's opening words, labelled as such. */
function titleOf(r: InteractionRecord): string {
  if (r.subject) return r.subject;
  return r.opening ? i18n.t('notes.row.opening', [r.opening]) : i18n.t('notes.row.noSubject');
}

/** One interaction: what it was about, a way back to the ticket, and its timeline beside the notes, folded. */
export function RecordRow({ record: r, autosave, onExport, onDelete }: Props) {
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // One chip per kind: the record keeps one entry per kind and message.
  const kinds = [...new Set(r.signals.map((s) => s.kind))];
  // Only the ticket's own page on its helpdesk, whatever a record holds (lib/notes/link.ts).
  const link = ticketLink(r);
  const helpdesk = helpdeskName(r.helpdesk);

  return (
    <li className="card notes-row" aria-labelledby={headingId}>
      <div className="notes-row__head">
        <h3 id={headingId}>{titleOf(r)}</h3>
        <span className={`badge notes-status notes-status--${r.status}`}>{statusName(r.status)}</span>
      </div>
      <p className="muted notes-row__meta">
        {/* The account tells apart two tickets with one number (two Zendesk accounts of a BPO agent). */}
        {r.account === null
          ? i18n.t('notes.row.ticket', [helpdesk, r.ticketId])
          : i18n.t('notes.row.ticketIn', [helpdesk, r.ticketId, r.account])}
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
        {link && (
          <a className="button button--quiet" href={link} target="_blank" rel="noopener noreferrer">
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
      {open && (
        <div className="notes-row__detail">
          <Timeline record={r} />
          <NotesEditor record={r} autosave={autosave} />
        </div>
      )}
    </li>
  );
}
