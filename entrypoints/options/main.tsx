import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { showPageIn } from '@/components/page-language';
import { managedFailureItem, watchPackEntries } from '@/lib/packs';
import { watchSavedDrafts } from '@/lib/packs/draft-store';
import { App } from './App';
import { createOptionsStore } from './store';
import { browserDeps } from './store/deps';
import '@/components/theme.css';
import '@/components/page.css';
import './style.css';

showPageIn(i18n.t('options.title'));
const root = document.getElementById('root');
if (!root) throw new Error('options.html has no #root');

const store = createOptionsStore(browserDeps());
void store.getState().refresh();
// Another tab, the side panel or a policy change may change the packs while this page is open, and the
// background may fail to store the policy's packs.
watchPackEntries(() => void store.getState().refresh());
managedFailureItem.watch(() => void store.getState().refresh());
// Drafts saved or deleted in another options tab.
watchSavedDrafts(() => void store.getState().readWork());

createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
