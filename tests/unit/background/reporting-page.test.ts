import { describe, expect, it } from 'vitest';
import { reportingPage } from '@/entrypoints/background/reporting-page';
import type { Sender } from '@/lib/messaging';

const tab = (url: string) => ({ id: 'x', url, tab: { id: 5, url }, frameId: 0 }) as unknown as Sender;

describe('reportingPage', () => {
  it('gives the tab and address of a report about the helpdesk the page is on', () => {
    expect(reportingPage(tab('https://acme.zendesk.com/agent/tickets/1'), 'zendesk')).toEqual({
      tabId: 5,
      url: 'https://acme.zendesk.com/agent/tickets/1',
    });
    // "Not a helpdesk page" may come from any page the content script runs on.
    expect(reportingPage(tab('https://app.intercom.com/a/apps/x/reports'), null).tabId).toBe(5);
  });

  it('refuses a report about another helpdesk than the page’s, or from no tab', () => {
    expect(() => reportingPage(tab('https://app.intercom.com/a/inbox/x/inbox/conversation/1'), 'zendesk')).toThrow(
      /zendesk report must come from a zendesk page/,
    );
    expect(() => reportingPage(tab('https://evil.example/agent/tickets/1'), 'zendesk')).toThrow();
    expect(() =>
      reportingPage({ id: 'x', url: 'https://acme.zendesk.com/agent/tickets/1' } as Sender, 'zendesk'),
    ).toThrow(/must come from a tab/);
  });
});
