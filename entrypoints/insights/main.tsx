import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { showPageIn } from '@/components/page-language';
import { InsightsView } from '@/entrypoints/insights/components/InsightsView';
import { storeText } from '@/entrypoints/insights/components/labels';
import { createInsightsStore } from '@/entrypoints/insights/store/insights-store';
import { openNotesDb } from '@/lib/notes';
import { toRow } from '@/lib/notes/schema';
import { openRollupDb } from '@/lib/rollup';
import { loadPackEntries } from '@/lib/packs/store';
import { downloadBlob } from '@/components/download';
// The look of the other full pages; this page adds only its own layout and the charts' colours.
import '@/components/theme.css';
import '@/components/page.css';
import './style.css';

showPageIn(i18n.t('insights.summary.heading'));
const root = document.getElementById('root');
if (!root) throw new Error('insights.html has no #root');

// The lead's own notes are only read here; the roll-up has a database of its own (lib/rollup).
const notes = openNotesDb();
const rollup = openRollupDb();
const packs = async () => (await loadPackEntries()).map((entry) => entry.pack);
const store = createInsightsStore({ notes, rollup, text: storeText, packs });

// The e2e tests and the bench seed records the way the notes page stores them (demo build only; never shipped).
if (__STEADYHAND_DEMO__) Object.assign(globalThis, { steadyhandInsights: { notes, rollup, toRow } });

const copy = (text: string) => navigator.clipboard.writeText(text);

createRoot(root).render(
  <StrictMode>
    <InsightsView store={store} download={downloadBlob} copy={copy} />
  </StrictMode>,
);
void store.getState().load();
