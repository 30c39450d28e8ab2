import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CaseNoteActions } from './CaseNoteActions';

export interface QuickNotesDraft {
  complaint: string;
  solution: string;
  outcome: string;
  /** YYYY-MM-DD, or empty. */
  followUpDate: string;
}

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

const FIELDS = [
  ['complaint', 'quickNotes.complaint'],
  ['solution', 'quickNotes.solution'],
  ['outcome', 'quickNotes.outcome'],
] as const;

function saveText(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'saving':
      return i18n.t('quickNotes.saving');
    case 'saved':
      return i18n.t('quickNotes.saved');
    case 'failed':
      return i18n.t('quickNotes.failed', [state.message]);
  }
}

/** The agent's part of the interaction record, saved as they type. */
export function QuickNotes({
  draft,
  saveState,
  notesUrl,
  onEdit,
}: {
  draft: QuickNotesDraft;
  saveState: SaveState;
  notesUrl: string;
  onEdit(patch: Partial<QuickNotesDraft>): void;
}) {
  return (
    <section className="quick-notes" aria-labelledby="quick-notes-title">
      <h2 id="quick-notes-title" className="quick-notes__title">
        {i18n.t('quickNotes.title')}
      </h2>
      {FIELDS.map(([field, label]) => (
        <label key={field} className="quick-notes__field">
          <span>{i18n.t(label)}</span>
          <textarea rows={2} value={draft[field]} onChange={(event) => onEdit({ [field]: event.target.value })} />
        </label>
      ))}
      <label className="quick-notes__field">
        <span>{i18n.t('quickNotes.followUp')}</span>
        <input
          type="date"
          value={draft.followUpDate}
          onChange={(event) => onEdit({ followUpDate: event.target.value })}
        />
      </label>
      <CaseNoteActions />
      <p
        role="status"
        className={`quick-notes__status${saveState.kind === 'failed' ? ' quick-notes__status--error' : ''}`}
      >
        {saveText(saveState)}
      </p>
      <p className="quick-notes__links">
        <a className="quick-notes__link" href={notesUrl} target="_blank" rel="noopener">
          {i18n.t('quickNotes.openNotes')}
        </a>
        <a className="quick-notes__link" href={browser.runtime.getURL('/insights.html')} target="_blank" rel="noopener">
          {i18n.t('insights.link')}
        </a>
      </p>
    </section>
  );
}
