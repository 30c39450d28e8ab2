// "Open ticket" opens a record's link: it must be the record's own ticket on its own helpdesk and account.
import { afterEach, describe, expect, it } from 'vitest';
import { importNotes } from '@/lib/notes/import';
import type { TicketKey } from '@/lib/notes/key';
import { isTicketLink, ticketLink } from '@/lib/notes/link';
import { emptyRecord, InteractionRecord } from '@/lib/notes/model';
import { closeAll, freshDb, T0 } from './helpers';

afterEach(closeAll);

const ACME: TicketKey = { helpdesk: 'zendesk', account: 'acme', ticketId: '4211' };
const WORKSPACE: TicketKey = { helpdesk: 'intercom', account: 'abc123', ticketId: '88112' };

const OWN: Array<[TicketKey, string]> = [
  [ACME, 'https://acme.zendesk.com/agent/tickets/4211'],
  [ACME, 'https://acme.zendesk.com/agent/tickets/4211/events?x=1#top'],
  [ACME, 'https://ACME.zendesk.com/agent/tickets/4211'],
  [WORKSPACE, 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/88112'],
  [WORKSPACE, 'https://app.eu.intercom.com/a/apps/abc123/inbox/inbox/all/conversations/88112'],
  [WORKSPACE, 'https://app.au.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/88112'],
];

const FOREIGN: Array<[TicketKey, string]> = [
  [ACME, 'https://evil.example/agent/tickets/4211'],
  [ACME, 'https://acme.zendesk.com.evil.example/agent/tickets/4211'],
  [ACME, 'http://acme.zendesk.com/agent/tickets/4211'],
  [ACME, 'https://acme.zendesk.com:8443/agent/tickets/4211'],
  [ACME, 'https://globex.zendesk.com/agent/tickets/4211'],
  [ACME, 'https://acme.zendesk.com/agent/tickets/4212'],
  [ACME, 'https://acme.zendesk.com/agent/tickets/42110'],
  [ACME, 'https://acme.zendesk.com/agent/dashboard'],
  [ACME, 'https://acme.zendesk.com/hc/requests/4211'],
  [ACME, 'https://app.intercom.com/a/inbox/acme/inbox/conversation/4211'],
  [{ ...ACME, account: null }, 'https://acme.zendesk.com/agent/tickets/4211'],
  [WORKSPACE, 'https://app.intercom.com/a/inbox/other/inbox/conversation/88112'],
  [WORKSPACE, 'https://app.intercom.com/a/inbox/abc123/inbox/conversation/88113'],
  [WORKSPACE, 'https://app.intercom.io/a/inbox/abc123/inbox/conversation/88112'],
  [WORKSPACE, 'https://app.intercom.com/a/apps/abc123/reports/conversation/88112'],
  [WORKSPACE, 'javascript:alert(1)//app.intercom.com/a/inbox/abc123/inbox/conversation/88112'],
];

const record = (ticket: TicketKey, url: string | null) => ({ ...emptyRecord(ticket, T0.toISOString()), url });

const file = (version: 1 | 2, records: object[]) =>
  JSON.stringify({ format: 'steadyhand-notes', version, exportedAt: T0.toISOString(), redacted: false, records });

describe('a ticket link', () => {
  it.each(OWN)('is the ticket’s own page: %j at %s', (ticket, url) => {
    expect(isTicketLink(url, ticket)).toBe(true);
    expect(InteractionRecord.safeParse(record(ticket, url)).success).toBe(true);
  });

  it.each(FOREIGN)('is refused when it is not: %j at %s', (ticket, url) => {
    expect(isTicketLink(url, ticket)).toBe(false);
    expect(ticketLink(record(ticket, url))).toBeNull();
    expect(InteractionRecord.safeParse(record(ticket, url)).success).toBe(false);
  });
});

describe('importing links', () => {
  it('drops every link that is not the record’s ticket page, keeps the record, and says so', async () => {
    const db = freshDb();
    // Each its own ticket; the links as in FOREIGN, none of them the ticket's page.
    const records = FOREIGN.map(([ticket, url], i) => ({
      ...record({ ...ticket, ticketId: String(i + 1) }, null),
      url,
    }));
    const good = record(ACME, 'https://acme.zendesk.com/agent/tickets/4211');
    const result = await importNotes(db, file(2, [...records, good]));
    expect(result).toMatchObject({ ok: true, added: records.length + 1 });
    if (!result.ok) return;
    const stored = await db.records.toArray();
    expect(stored.filter((r) => r.url !== null).map((r) => r.id)).toEqual([good.id]);
    expect(result.notices).toHaveLength(records.length);
    expect(result.notices[0]).toBe(
      "records[0] (zendesk:acme:1): link dropped, it is not this ticket's page: https://evil.example/agent/tickets/4211",
    );
    expect(result.changes[0]).toEqual({
      code: 'link-dropped',
      index: 0,
      id: 'zendesk:acme:1',
      url: 'https://evil.example/agent/tickets/4211',
    });
  });

  it('gives a version 1 record the account its own link names, and drops any other link', async () => {
    const db = freshDb();
    const v1 = (ticketId: string, url: string | null) => {
      const { account: _account, ...r } = record({ helpdesk: 'zendesk', ticketId }, url);
      return { ...r, id: `zendesk:${ticketId}` };
    };
    const result = await importNotes(
      db,
      file(1, [
        v1('4211', 'https://acme.zendesk.com/agent/tickets/4211'),
        v1('4212', 'https://evil.example/agent/tickets/4212'),
        v1('4213', null),
      ]),
    );
    expect(result).toMatchObject({ ok: true, added: 3, notices: [expect.stringContaining('(zendesk::4212): link')] });
    const rows = await db.records.toArray();
    expect(rows.map((r) => [r.id, r.account, r.url])).toEqual([
      ['zendesk::4212', null, null],
      ['zendesk::4213', null, null],
      ['zendesk:acme:4211', 'acme', 'https://acme.zendesk.com/agent/tickets/4211'],
    ]);
  });
});
