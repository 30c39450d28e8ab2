import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { showPageIn } from '@/components/page-language';
import { App } from './App';
import { followActiveTab } from './follow-active-tab';
import { panelStore } from './store';
import '@/components/theme.css';
import './style.css';
import './guidance.css';
import './phrases.css';

showPageIn(i18n.t('extension.name'));
const root = document.getElementById('root');
if (!root) throw new Error('sidepanel.html has no #root');

void followActiveTab(panelStore);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
