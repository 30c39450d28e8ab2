import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import type { NotesDb } from '@/lib/notes';
import { formatCount } from '@/components/format';
import { DataControls } from './DataControls';
import { DEFAULT_EXPORT, ExportPanel } from './ExportPanel';
import { ImportNotes } from './ImportNotes';
import { NO_FILTER, NotesFilters, toFilter } from './NotesFilters';
import { RecordRow } from './RecordRow';
import { useDataActions, type Download } from './useDataActions';
import { useNotesAutosave, type SaveState } from './useNotesAutosave';
import { useRecords } from './useRecords';

const saveText = (state: SaveState): string => {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'saving':
      return i18n.t('notes.save.saving');
    case 'saved':
      return i18n.t('notes.save.saved');
    case 'failed':
      return i18n.t('notes.save.failed', [state.message]);
  }
};

/** The interaction notes page: search and filters, the list with its editors, export, import, data. */
export function NotesView({ db, download }: { db: NotesDb; download: Download }) {
  const [form, setForm] = useState(NO_FILTER);
  const filter = useMemo(() => toFilter(form), [form]);
  const list = useRecords(db, filter);
  const { autosave, state } = useNotesAutosave(db, list.refresh);
  const data = useDataActions(db, download, list.refresh);
  const [exportOptions, setExportOptions] = useState(DEFAULT_EXPORT);
  const filtered = Object.keys(filter).length > 0;

  return (
    <main className="options notes">
      <header className="options__header">
        <h1>{i18n.t('notes.title')}</h1>
        <p className="muted">{i18n.t('notes.intro')}</p>
        <a href="/insights.html">{i18n.t('insights.link')}</a>
      </header>
      <p
        className={`status notes-save${state.kind === 'failed' ? ' notice-line notice-line--error' : ''}`}
        role="status"
        aria-label={i18n.t('notes.save.label')}
      >
        {saveText(state)}
      </p>
      <p className="status" role="status">
        {data.outcome.notice}
      </p>
      {(data.outcome.failure ?? list.error) && (
        <p className="notice-line notice-line--error" role="alert">
          {data.outcome.failure ?? i18n.t('notes.list.failed', [list.error ?? ''])}
        </p>
      )}
      <NotesFilters form={form} tags={list.tags} onChange={setForm} />
      <section aria-labelledby="notes-list-title" aria-busy={list.loading}>
        <h2 id="notes-list-title">{i18n.t('notes.list.label')}</h2>
        <p className="muted">
          {list.total === 0
            ? i18n.t(filtered ? 'notes.list.noMatch' : 'notes.list.empty')
            : i18n.t('notes.list.count', [formatCount(list.records.length), formatCount(list.total)])}
        </p>
        <ul className="notes-list" aria-labelledby="notes-list-title">
          {list.records.map((record) => (
            <RecordRow
              key={record.id}
              record={record}
              autosave={autosave}
              onExport={(id) => void data.exportSelection({ kind: 'one', id }, exportOptions)}
              onDelete={(id) => void data.deleteOne(id)}
            />
          ))}
        </ul>
        {list.records.length < list.total && (
          <button type="button" className="button" onClick={list.showMore}>
            {i18n.t('notes.list.more')}
          </button>
        )}
      </section>
      <div className="notes-tools">
        <ExportPanel
          options={exportOptions}
          busy={data.busy}
          onChange={setExportOptions}
          onExport={() => void data.exportSelection(data.exportScope(filter, exportOptions), exportOptions)}
        />
        <ImportNotes
          busy={data.busy}
          errors={data.importErrors}
          notices={data.importNotices}
          onFile={(file) => void data.importFile(file)}
        />
        <DataControls
          usage={data.usage}
          retentionDays={data.retentionDays}
          busy={data.busy}
          onRetention={(days) => void data.setRetention(days)}
          onDeleteAll={() => void data.deleteAll()}
        />
      </div>
    </main>
  );
}
