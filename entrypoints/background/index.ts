import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '@/lib/messaging';
import { openNotesDb } from '@/lib/notes';
import { applyStoredRetention } from '@/lib/notes/retention-setting';
import { draftChange } from './drafts';
import { followEngineOptions } from './engine-options';
import { keepFollowUpReminders } from './followups';
import { keepManagedPacksFresh } from './managed-packs';
import { openPanelOnActionClick } from './open-panel';
import { reportingPage, stateHelpdesk } from './reporting-page';
import { createTabViews } from './tab-views';
import { tabViewDeps } from './tab-view-deps';

export default defineBackground(() => {
  openPanelOnActionClick();
  keepManagedPacksFresh();
  keepFollowUpReminders();

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

  // The messenger lets only a tab's top-frame content script send these (lib/messaging/senders.ts); what
  // it says must also be about the helpdesk its page is on.
  onMessage('page:state', (state, sender) => {
    const { tabId, url } = reportingPage(sender, state.status === 'not-helpdesk' ? null : stateHelpdesk(state));
    tabViews.report(tabId, state, url);
    return null;
  });

  onMessage('page:patch', (patch, sender) => {
    const { tabId, url } = reportingPage(sender, patch.helpdesk);
    return { applied: tabViews.patch(tabId, patch, url) };
  });

  // The draft check: what the agent is typing is read and relayed as acts, never stored.
  onMessage('composer:draft', ({ text }, sender) => {
    const { tabId } = reportingPage(sender, null);
    const change = draftChange(tabId, text, tabViews.held(tabId), deps.readDraft);
    if (change) deps.publishDraft(change);
    return null;
  });

  onMessage('tab:get', ({ tabId }) => tabViews.get(tabId));
  onMessage('tab:recheck', ({ tabId }) => tabViews.recheck(tabId));

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) void tabViews.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabViews.forget(tabId, { closed: true }));
});
