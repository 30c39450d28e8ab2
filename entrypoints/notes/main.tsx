import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { showPageIn } from '@/components/page-language';
import { NotesView } from '@/entrypoints/notes/components/NotesView';
import { replayJournal } from '@/lib/notes/unsaved-journal';
import { getRecord, openNotesDb, saveNotes } from '@/lib/notes';
import { applyStoredRetention } from '@/lib/notes/retention-setting';
import { downloadBlob } from '@/components/download';
// The options page's look; this page adds only its own layout.
import '@/components/theme.css';
import '@/components/page.css';
import './style.css';

showPageIn(i18n.t('notes.title'));
const root = document.getElementById('root');
if (!root) throw new Error('notes.html has no #root');

const db = openNotesDb();
// Edits a closed page could not finish saving land first; then retention, so records past it never flash
// on screen. A failure must not keep the agent from their notes: it is logged and the page opens anyway.
const ready = replayJournal(db)
  .then(() => applyStoredRetention(db))
  .catch((error: unknown) => console.error('Notes could not be prepared', error));

// The e2e tests write and read records the way the page does (demo build only; never shipped).
if (__STEADYHAND_DEMO__) Object.assign(globalThis, { steadyhandNotes: { db, saveNotes, getRecord } });

void ready.then(() =>
  createRoot(root).render(
    <StrictMode>
      <NotesView db={db} download={downloadBlob} />
    </StrictMode>,
  ),
);
