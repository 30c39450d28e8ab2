import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '@/lib/messaging';
import { openNotesDb } from '@/lib/notes';
import { applyStoredRetention } from '@/lib/notes/retention-setting';
import { followEngineOptions } from './engine-options';
import { keepManagedPacksFresh } from './managed-packs';
import { openPanelOnActionClick } from './open-panel';
import { createTabViews } from './tab-views';
import { tabViewDeps } from './tab-view-deps';

export default defineBackground(() => {
  openPanelOnActionClick();
  keepManagedPacksFresh();

  const db = openNotesDb();
  // Notes older than the agent's retention go when the browser starts, not only when the notes page opens.
  applyStoredRetention(db).catch((error: unknown) =>
    console.error('Steadyhand: could not apply notes retention', error),
  );

  const deps = tabViewDeps(db);
  const tabViews = createTabViews(deps);
  followEngineOptions((options) => {
    deps.useEngineOptions(options);
    tabViews.reguide();
  });

  onMessage('page:state', (state, sender) => {
    const tabId = sender.tab?.id;
    // Only content scripts (which run in tabs) report page states.
    if (tabId === undefined || sender.frameId !== 0) throw new Error('page:state must come from a tab’s top frame');
    tabViews.report(tabId, state, sender.tab?.url ?? null);
    return null;
  });

  onMessage('page:patch', (patch, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) throw new Error('page:patch must come from a tab’s top frame');
    return { applied: tabViews.patch(tabId, patch, sender.tab?.url ?? null) };
  });

  onMessage('tab:get', ({ tabId }) => tabViews.get(tabId));

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) void tabViews.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabViews.forget(tabId, { closed: true }));
});
