// What redaction must not touch: numbers that are not phone, card or account numbers, written every usual way.
import { describe, expect, it } from 'vitest';
import { redactor } from '@/lib/notes/redact';

const r = redactor({ emails: true, phones: true, cards: true, names: true }, ['Maria Garcia']);
const ZEROS = [0x30, 0xff10, 0x660, 0x966];
const inScript = (text: string, zero: number) => text.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));

const kept = (label: string, texts: string[]) =>
  it(`keeps ${label}`, () => {
    for (const text of texts) {
      for (const zero of ZEROS) {
        const written = inScript(text, zero);
        expect(r(written), written).toBe(written);
      }
    }
  });

describe('ordinary numbers', () => {
  kept('dates', [
    'On 2026-03-01 we called',
    'On 2026–03–01 and 2026/3/1',
    'Due 01.03.2026, 1/3/26, 03/01/2026, 31-12-99',
    'From 2026-03-01 to 2026-03-05',
    'Stay 2026-03-01–2026-03-05',
    'Stay 01.03.2026 - 05.03.2026',
    'Expires 12/27, born 1985',
  ]);

  kept('times and timestamps', [
    'At 10:30, 10:30:45 and 10.30am',
    'On 2026-03-01 10:30 we called',
    'Logged 2026-03-01T10:30:00Z and 2026-03-01 10:30:15 +0100',
    'Between 9:00-17:30',
  ]);

  kept('order, invoice and ticket numbers shorter than a card number', [
    'Order 123456789 shipped',
    'Order 123456789012, invoice 2026000123',
    'Order 0001234567 is ours',
    'Ticket #4711, #0123456789 and #12345678901234',
    'ORD-2026-000123, INV_2026_0001234, A-12345678, INC0012345',
    'Ref 12-34, case 4711/2026, 3 x 5',
  ]);

  kept('prices and amounts', [
    'We refunded $1,234.56 and €12.50',
    'Total 1.234.567,89 € or 1,234,567',
    'Paid € 1 234 567 and 12 345,00 EUR',
    '1 234 567 units, 12 345 € and 12 345,50€',
    'Price: 49.99, 1 299.00',
  ]);

  kept('version numbers, addresses and codes', [
    'Chrome 124.0.6367.91 on Windows 10.0.19045.2006',
    'Version 4.10.2, v2.14.1, build 1.2.3.4',
    'Server 192.168.100.200 and 10.0.0.1',
    'ZIP 12345-6789, postcode 75008',
    'Seasons 2024 2025 2026 and 2025-2026',
    'ISO 9001:2015, ISO 27001',
  ]);

  it('keeps a number glued to a word, or after a currency sign', () => {
    for (const text of ['SKU4111111111111111', 'ab0171 2345678', 'v0171.234.5678', '€ 0171 2345678', '$1 234 567.00']) {
      expect(r(text), text).toBe(text);
    }
  });

  it('still finds what sits next to ordinary numbers', () => {
    expect(r('On 2026-03-01 10:30 call 0171 2345678 about order 123456789')).toBe(
      'On 2026-03-01 10:30 call [phone] about order 123456789',
    );
    expect(r('2026-03-01 555-123-4567')).toBe('2026-03-01 [phone]');
    expect(r('Paid €12.50 with 4111 1111 1111 1111 on 01.03.2026')).toBe('Paid €12.50 with [card] on 01.03.2026');
  });
});
