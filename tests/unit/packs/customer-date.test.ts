import { describe, expect, it } from 'vitest';
import { customerDate } from '@/lib/packs';

const NOW = new Date('2026-12-02T10:00:00Z');

describe('dates written for the customer', () => {
  it.each([
    ['2026-12-05', 'en', 'Saturday, 5 December'],
    ['2026-12-05', 'en-GB', 'Saturday, 5 December'],
    ['2026-12-05', 'en-US', 'Saturday, December 5'],
    ['2026-12-05', 'es', 'sábado 5 de diciembre'],
    ['2026-11-27', 'es-MX', 'viernes 27 de noviembre'],
  ])('%s in %s is "%s"', (iso, locale, words) => {
    expect(customerDate(iso, locale, NOW)).toBe(words);
  });

  it('names the year only when it is not this one', () => {
    expect(customerDate('2027-01-08', 'en', NOW)).toBe('Friday, 8 January 2027');
    expect(customerDate('2027-01-08', 'es', NOW)).toBe('viernes 8 de enero de 2027');
  });

  it('gives nothing for what is not a calendar date, so the stored text is never mistaken for one', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '5 December', '', '2026-12-5'])
      expect(customerDate(bad, 'en', NOW)).toBeNull();
  });
});
