import { detectHelpdesk, urlPattern } from '@/lib/helpdesk';
import { demoHelpdeskPage, helpdeskPage } from '@/lib/helpdesk/url';

describe('detectHelpdesk', () => {
  test.each([
    ['https://acme.zendesk.com/agent/tickets/4211', 'zendesk'],
    ['https://acme-eu.zendesk.com/agent/dashboard', 'zendesk'],
    ['https://acme.zendesk.com/agent', 'zendesk'],
    ['https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215467389128761', 'intercom'],
    ['https://app.intercom.com/a/inbox/abc123/inbox/conversation/1?view=List', 'intercom'],
    ['https://app.intercom.com/a/apps/abc123/inbox/inbox/admin/5531/conversation/2', 'intercom'],
    ['https://app.intercom.com/a/inbox/abc123/inbox/shared/all', 'intercom'],
    // Regional workspaces (helpdesk-dom-2026.md).
    ['https://app.eu.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215467389128761', 'intercom'],
    ['https://app.au.intercom.com/a/apps/abc123/inbox/inbox/conversation/9', 'intercom'],
  ])('%s → %s', (url, helpdesk) => {
    expect(detectHelpdesk(url)).toBe(helpdesk);
  });

  test.each([
    'https://acme.zendesk.com/hc/en-us/requests/1', // help center, not the agent workspace
    'http://acme.zendesk.com/agent/tickets/1',
    'https://zendesk.com.evil.example/agent/tickets/1',
    'https://acme.zendesk.com.evil.example/agent/tickets/1',
    'https://acme.zendesk.com:8443/agent/tickets/1',
    'https://app.intercom.com/a/apps/abc123/reports/overview',
    'https://www.intercom.com/a/inbox/abc/inbox/conversation/1',
    'https://app.us.intercom.com/a/inbox/abc/inbox/conversation/1',
    'https://app.eu.intercom.com.evil.example/a/inbox/abc/inbox/conversation/1',
    'https://app.eu.intercom.com/a/apps/abc123/reports/overview',
    'https://example.com/',
    'not a url',
    '',
  ])('%s → null', (url) => {
    expect(detectHelpdesk(url)).toBeNull();
  });

  test('the demo helpdesk is not a helpdesk outside the demo build (__STEADYHAND_DEMO__ is false here)', () => {
    expect(detectHelpdesk('http://127.0.0.1:5173/zendesk/agent/tickets/1')).toBeNull();
    expect(detectHelpdesk('http://127.0.0.1:5173/intercom/a/inbox/demo/inbox/conversation/1')).toBeNull();
  });

  test('conversation ids come from the URL', () => {
    expect(helpdeskPage('https://acme.zendesk.com/agent/tickets/4211/events')?.conversationId).toBe('4211');
    expect(helpdeskPage('https://acme.zendesk.com/agent/dashboard')?.conversationId).toBeNull();
    expect(helpdeskPage('https://app.intercom.com/a/inbox/x1/inbox/conversation/77')?.conversationId).toBe('77');
    expect(helpdeskPage('https://app.au.intercom.com/a/inbox/x1/inbox/conversation/78')?.conversationId).toBe('78');
  });

  test('the account is the Zendesk subdomain or the Intercom workspace id: ticket numbers are per account', () => {
    expect(helpdeskPage('https://Acme-EU.zendesk.com/agent/tickets/4211')?.account).toBe('acme-eu');
    expect(helpdeskPage('https://app.intercom.com/a/inbox/abc123/inbox/conversation/7')?.account).toBe('abc123');
    expect(helpdeskPage('https://app.eu.intercom.com/a/apps/xyz9/inbox/inbox/conversation/7')?.account).toBe('xyz9');
    // Not an id as Intercom writes them: not trusted to key a record.
    expect(helpdeskPage('https://app.intercom.com/a/inbox/a%2Fb/inbox/conversation/7')?.account).toBeNull();
    expect(demoHelpdeskPage('http://127.0.0.1:4000/zendesk/agent/tickets/12')?.account).toBe('demo');
  });

  test('a regional workspace keeps its host in the diagnostic pattern (it says which region, not which workspace)', () => {
    expect(urlPattern('https://app.eu.intercom.com/a/inbox/abc123/inbox/conversation/77')).toBe(
      'https://app.eu.intercom.com/a/inbox/:app/inbox/conversation/:id',
    );
  });
});

describe('demo helpdesk URL rules (used only when __STEADYHAND_DEMO__ is true)', () => {
  test('local demo paths mirror the real ones', () => {
    expect(demoHelpdeskPage('http://127.0.0.1:5173/zendesk/agent/tickets/12')).toMatchObject({
      helpdesk: 'zendesk',
      conversationId: '12',
      pattern: 'http://127.0.0.1:*/zendesk/agent/tickets/:id',
    });
    expect(demoHelpdeskPage('http://127.0.0.1:4000/intercom/a/inbox/demo/inbox/conversation/9')).toMatchObject({
      helpdesk: 'intercom',
      conversationId: '9',
    });
  });

  test.each([
    'http://localhost:5173/zendesk/agent/tickets/12',
    'https://127.0.0.1:5173/zendesk/agent/tickets/12',
    'http://127.0.0.1:5173/zendesk/hc/1',
    'http://127.0.0.1:5173/other/agent/tickets/12',
  ])('%s is not the demo helpdesk', (url) => {
    expect(demoHelpdeskPage(url)).toBeNull();
  });
});

describe('urlPattern masks ids, subdomains, app ids, queries and unknown hosts', () => {
  test.each([
    ['https://acme.zendesk.com/agent/tickets/4211?x=secret#y', 'https://*.zendesk.com/agent/tickets/:id'],
    [
      'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/2154',
      'https://app.intercom.com/a/inbox/:app/inbox/shared/all/conversation/:id',
    ],
    [
      'https://app.intercom.com/a/apps/zzzzzz/inbox/inbox/admin/55/conversation/2',
      'https://app.intercom.com/a/apps/:app/inbox/inbox/admin/:id/conversation/:id',
    ],
    [
      'https://app.intercom.com/a/inbox/abc/inbox/search/Jane_Doe',
      'https://app.intercom.com/a/inbox/:app/inbox/search/:x',
    ],
    ['https://intranet.acme.example/private/jane', 'https://*'],
    ['garbage', '(not a URL)'],
  ])('%s → %s', (url, pattern) => {
    expect(urlPattern(url)).toBe(pattern);
  });
});
