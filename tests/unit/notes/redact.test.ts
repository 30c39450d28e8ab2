import { describe, expect, it } from 'vitest';
import { emptyRecord } from '@/lib/notes/model';
import { hasRedaction, luhn, redactor, redactRecord } from '@/lib/notes/redact';

const all = { emails: true, phones: true, cards: true, names: true };

describe('redaction', () => {
  it('checks card numbers with Luhn', () => {
    for (const good of ['4111111111111111', '5500005555555559', '378282246310005', '6011000990139424']) {
      expect(luhn(good)).toBe(true);
    }
    for (const bad of ['4111111111111112', '1234567812345678', '']) expect(luhn(bad)).toBe(false);
  });

  it('blanks card numbers, however grouped, and leaves order and tracking numbers alone', () => {
    const r = redactor({ cards: true });
    expect(r('Card 4111 1111 1111 1111 was charged')).toBe('Card [card] was charged');
    expect(r('card 4111-1111-1111-1111.')).toBe('card [card].');
    expect(r('Amex 378282246310005')).toBe('Amex [card]');
    expect(r('Order 1234567812345678 shipped')).toBe('Order 1234567812345678 shipped');
    expect(r('tracking 1Z999AA10123456784')).toBe('tracking 1Z999AA10123456784');
    expect(r('order #A4111111111111111')).toBe('order #A4111111111111111');
  });

  it('blanks e-mail addresses', () => {
    const r = redactor({ emails: true });
    expect(r('Write to maria.garcia+shop@example.co.uk today')).toBe('Write to [email] today');
    expect(r('josé@correo.es, bob@x.io')).toBe('[email], [email]');
    expect(r('@ShopHelp on twitter, 3 @ 5€')).toBe('@ShopHelp on twitter, 3 @ 5€');
  });

  it('blanks phone numbers but not dates, amounts, times or bare order numbers', () => {
    const r = redactor({ phones: true });
    expect(r('Call +44 20 7946 0958 or (555) 123-4567')).toBe('Call [phone] or [phone]');
    expect(r('Mobile 07700 900123, landline 0049 30 1234567')).toBe('Mobile [phone], landline [phone]');
    expect(r('ring 07700900123')).toBe('ring [phone]');
    const kept = 'On 2025-03-10 at 10:30 we refunded 1.234.567 units, order 123456789, ref 12-34, 3 x 5';
    expect(r(kept)).toBe(kept);
  });

  it('blanks the customer name, whole and in parts, but not titles or particles', () => {
    const r = redactor({ names: true }, ['Dr. María de la Cruz']);
    expect(r('Hi María, Dr. María de la Cruz called; CRUZ again')).toBe('Hi [name], [name] called; [name] again');
    expect(r('de la Cruz')).toBe('de la [name]');
    expect(r('Marías')).toBe('Marías');
    expect(redactor({ names: true }, ['王伟'])('王伟 called')).toBe('[name] called');
    expect(redactor({ names: true }, [])('Maria')).toBe('Maria');
  });

  it('redacts every free text of a record, and only what was asked', () => {
    const record = {
      ...emptyRecord({ helpdesk: 'zendesk', ticketId: '4521' }, '2025-03-10T09:00:00.000Z'),
      subject: 'Refund for Maria Garcia',
      url: 'https://acme.zendesk.com/agent/tickets/4521?requester=m.garcia%40example.com',
      customerName: 'Maria Garcia',
      steps: [{ step: 'listen' as const, at: '2025-03-10T09:00:00.000Z', messageId: 'a1', evidence: 'Sorry Maria' }],
      signals: [
        { kind: 'angry' as const, at: '2025-03-10T09:00:00.000Z', messageId: 'c1', evidence: 'mail me: m@x.com' },
      ],
      notes: {
        complaint: 'Garcia says card 4111 1111 1111 1111 charged twice',
        solution: 'call +1 555 123 4567',
        outcome: '',
        followUpDate: null,
        tags: ['maria'],
        text: 'm.garcia@example.com',
      },
    };
    const out = redactRecord(record, all);
    expect(out).toMatchObject({
      subject: 'Refund for [name]',
      url: 'https://acme.zendesk.com/agent/tickets/4521?requester=[email]',
      customerName: '[name]',
      steps: [{ evidence: 'Sorry [name]' }],
      signals: [{ evidence: 'mail me: [email]' }],
      notes: {
        complaint: '[name] says card [card] charged twice',
        solution: 'call [phone]',
        tags: ['[name]'],
        text: '[email]',
      },
    });
    expect(redactRecord(record, { emails: true }).customerName).toBe('Maria Garcia');
    expect(record.customerName).toBe('Maria Garcia');
    expect(hasRedaction({})).toBe(false);
    expect(hasRedaction({ phones: true })).toBe(true);
  });
});
