import { buildDiagnostic, Diagnostic, readConversation } from '@/lib/helpdesk';
import { fixtures, load, parse } from './load';

const opts = { extensionVersion: '0.1.0', userAgent: 'Mozilla/5.0 (test)' };

describe('buildDiagnostic', () => {
  test('an unreadable layout: pattern, status, hooks found and missing, versions', () => {
    const { doc, url } = load('zendesk/renamed-log.html');
    const d = buildDiagnostic(doc, url, opts);
    expect(Diagnostic.safeParse(d).success).toBe(true);
    expect(d).toMatchObject({
      kind: 'steadyhand-layout-diagnostic',
      extensionVersion: '0.1.0',
      helpdesk: 'zendesk',
      urlPattern: 'https://*.zendesk.com/agent/tickets/:id',
      status: 'unreadable',
      found: ['activeTicket', 'ticketId'],
      missing: ['log'],
      messageCount: null,
      userAgent: 'Mozilla/5.0 (test)',
    });
    expect(d.hooks).toContainEqual({ name: 'activeTicket', required: true, found: true, fallback: 0 });
    expect(d.hooks).toContainEqual({ name: 'log', required: true, found: false, fallback: null });
  });

  test('a readable page lists every hook, with the fallback that matched', () => {
    const { doc, url } = load('intercom/inbox-2-renamed.html');
    const d = buildDiagnostic(doc, url, opts);
    expect(d.status).toBe('ok');
    expect(d.messageCount).toBe(8);
    expect(d.hooks).toContainEqual({ name: 'stream', required: true, found: true, fallback: 1 });
    expect(d.hooks).toContainEqual({ name: 'conversation', required: false, found: true, fallback: 2 });
    expect(d.hooks).toContainEqual({ name: 'partId', required: false, found: false, fallback: null });
  });

  test.each(fixtures().map((f) => [f.name, f] as const))('%s: no conversation text, names, emails or ids', (_n, f) => {
    const doc = parse(f.html);
    const json = JSON.stringify(buildDiagnostic(doc, f.url, opts));
    const r = readConversation(parse(f.html), f.url);
    const secrets = r.ok
      ? [
          r.conversation.id,
          r.conversation.subject,
          r.conversation.customer.name,
          r.conversation.customer.email,
          ...r.conversation.messages.flatMap((m) => [m.text, m.author, ...m.attachments, ...m.text.split('\n')]),
        ]
      : [];
    // Also what the unreadable fixtures hide behind the missing hooks, and URL ids and subdomains.
    for (const s of [...secrets, 'Secret', '4211', '215467389128761', 'acme', 'abc123xy']) {
      if (s) expect(json).not.toContain(s);
    }
  });
});
