import { describe, expect, it } from 'vitest';
import { emptyRecord, InteractionRecord, NotesPatch, parseRecordId, recordId } from '@/lib/notes/model';

const base = () => emptyRecord({ helpdesk: 'zendesk', ticketId: '4521' }, '2025-03-10T09:00:00.000Z');

describe('notes model', () => {
  it('keys a record by helpdesk and ticket id, and reads the key back', () => {
    expect(recordId('intercom', '215:9')).toBe('intercom:215:9');
    expect(parseRecordId('intercom:215:9')).toEqual({ helpdesk: 'intercom', ticketId: '215:9' });
    for (const bad of ['4521', 'freshdesk:1', 'zendesk:', ':1']) expect(() => parseRecordId(bad)).toThrow(RangeError);
  });

  it('accepts an empty record and rejects an id that does not match the ticket', () => {
    expect(InteractionRecord.safeParse(base()).success).toBe(true);
    const result = InteractionRecord.safeParse({ ...base(), id: 'zendesk:9' });
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
