import { describe, expect, it } from 'vitest';
import { parseRecordId, recordId, ticketOf } from '@/lib/notes/key';
import { emptyRecord, InteractionRecord, NotesPatch } from '@/lib/notes/model';
import { conversation } from './helpers';

const base = () => emptyRecord({ helpdesk: 'zendesk', account: 'acme', ticketId: '4521' }, '2025-03-10T09:00:00.000Z');

describe('notes model', () => {
  it('keys a record by helpdesk, account and ticket id, and reads the key back', () => {
    expect(recordId({ helpdesk: 'zendesk', account: 'acme', ticketId: '4211' })).toBe('zendesk:acme:4211');
    expect(recordId({ helpdesk: 'intercom', account: null, ticketId: '215:9' })).toBe('intercom::215:9');
    expect(recordId({ helpdesk: 'zendesk', ticketId: '4211' })).toBe('zendesk::4211');
    expect(parseRecordId('intercom:abc123:215:9')).toEqual({
      helpdesk: 'intercom',
      account: 'abc123',
      ticketId: '215:9',
    });
    expect(parseRecordId('intercom::215:9')).toEqual({ helpdesk: 'intercom', account: null, ticketId: '215:9' });
    const bad = ['4521', 'freshdesk::1', 'zendesk:4521', 'zendesk:acme:', ':acme:1', 'zendesk:a c:1', 'zendesk:'];
    for (const id of bad) expect(() => parseRecordId(id), id).toThrow(RangeError);
  });

  it('gives the same ticket number in two accounts two records, and one without an account a third', () => {
    const ids = [conversation(), conversation({ account: 'globex' }), conversation({ account: undefined })].map((c) =>
      recordId(ticketOf(c)),
    );
    expect(ids).toEqual(['zendesk:acme:4521', 'zendesk:globex:4521', 'zendesk::4521']);
  });

  it('accepts an empty record and rejects an id that does not match the ticket', () => {
    expect(InteractionRecord.safeParse(base()).success).toBe(true);
    const result = InteractionRecord.safeParse({ ...base(), id: 'zendesk::9' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['id']);
  });

  it('only takes instants in Date#toISOString form, so they sort as text', () => {
    for (const at of ['2025-03-10T09:00:00Z', '2025-03-10T09:00:00.000+01:00', '2025-03-10']) {
      expect(InteractionRecord.safeParse({ ...base(), updatedAt: at }).success).toBe(false);
    }
  });

  it('only keeps web links, never javascript: or data: ones from an imported file', () => {
    const ok = InteractionRecord.safeParse({ ...base(), url: 'https://acme.zendesk.com/agent/tickets/4521' });
    expect(ok.success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'chrome-extension://x/y']) {
      expect(InteractionRecord.safeParse({ ...base(), url }).success).toBe(false);
    }
  });

  it('rejects unknown fields, blank tags and malformed follow-up dates', () => {
    expect(InteractionRecord.safeParse({ ...base(), extra: 1 }).success).toBe(false);
    const notes = (patch: object) => InteractionRecord.safeParse({ ...base(), notes: { ...base().notes, ...patch } });
    expect(notes({ tags: [''] }).success).toBe(false);
    expect(notes({ tags: [' padded'] }).success).toBe(false);
    expect(notes({ followUpDate: '10/03/2025' }).success).toBe(false);
    expect(notes({ followUpDate: '2025-03-12', tags: ['billing'] }).success).toBe(true);
  });

  it('takes any subset of the editable fields as a patch, and nothing else', () => {
    expect(NotesPatch.safeParse({}).success).toBe(true);
    expect(NotesPatch.safeParse({ outcome: 'refunded', status: 'resolved' }).success).toBe(true);
    expect(NotesPatch.safeParse({ subject: 'x' }).success).toBe(false);
    expect(NotesPatch.safeParse({ status: 'closed' }).success).toBe(false);
  });
});
