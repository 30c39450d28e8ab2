import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { watchPackEntries } from '@/lib/packs';
import { App } from './App';
import { createOptionsStore } from './store';
import { browserDeps } from './store/deps';
import '@/components/theme.css';
import '@/components/page.css';
import './style.css';

const root = document.getElementById('root');
if (!root) throw new Error('options.html has no #root');

const store = createOptionsStore(browserDeps());
void store.getState().refresh();
// Another tab, the side panel or a policy change may change the packs while this page is open.
watchPackEntries(() => void store.getState().refresh());

createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
