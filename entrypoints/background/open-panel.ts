import { browser } from 'wxt/browser';

/** The toolbar icon opens the side panel (Chrome, Edge) or toggles the sidebar (Firefox). */
export function openPanelOnActionClick(): void {
  if (browser.sidePanel) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Steadyhand: could not make the toolbar icon open the side panel', error);
    });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());
}
