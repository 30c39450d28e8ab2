import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPanelOnActionClick } from '@/entrypoints/background/open-panel';

// WXT's fake browser has neither `sidePanel` (Chrome) nor `sidebarAction` (Firefox): stub them.
const stubbed = fakeBrowser as unknown as Record<string, unknown>;

afterEach(() => {
  delete stubbed.sidePanel;
  delete stubbed.sidebarAction;
});

describe('openPanelOnActionClick', () => {
  it('lets Chrome open the side panel from the toolbar icon', () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    stubbed.sidePanel = { setPanelBehavior };
    openPanelOnActionClick();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('reports, rather than throws, when Chrome refuses', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    stubbed.sidePanel = { setPanelBehavior: vi.fn(async () => Promise.reject(new Error('nope'))) };
    openPanelOnActionClick();
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith(expect.stringContaining('side panel'), expect.any(Error)),
    );
  });

  it('toggles the Firefox sidebar when the toolbar icon is clicked', async () => {
    const toggle = vi.fn(async () => undefined);
    stubbed.sidebarAction = { toggle };
    openPanelOnActionClick();
    await fakeBrowser.action.onClicked.trigger({ id: 1 } as never, undefined as never);
    expect(toggle).toHaveBeenCalledOnce();
  });
});
