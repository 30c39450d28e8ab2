// Promises read from agents' replies, en and es. Sentences written for these tests; every date is local time
// (new Date(y, m, d, h)), so the expectations hold in any time zone.
import { describe, expect, it } from 'vitest';
import { findCommitment } from '@/lib/followups';

// Wednesday 2 December 2026, 10:30 local.
const SENT = new Date(2026, 11, 2, 10, 30);
const at = (day: number, hour: number, minute = 0) => new Date(2026, 11, day, hour, minute);

describe('findCommitment (en)', () => {
  it.each([
    ['Thanks for waiting, Priya. I’ll update you by 3pm tomorrow.', at(3, 15), 'by 3pm tomorrow'],
    ['I will get back to you by Friday with the invoice.', at(4, 17), 'by Friday'],
    ["We'll have an answer for you in two hours.", at(2, 12, 30), 'in two hours'],
    ["I'll check again in 2 hours.", at(2, 12, 30), 'in 2 hours'],
    ['I will confirm the refund within 24 hours.', at(3, 10, 30), 'within 24 hours'],
    ["I'll write again by end of day.", at(2, 17), 'by end of day'],
    ["I'll reply by EOD.", at(2, 17), 'by EOD'],
    ["I'll call the warehouse tomorrow morning and let you know.", at(3, 9), 'tomorrow morning'],
    ['Let me look into it this afternoon.', at(2, 15), 'this afternoon'],
    ["I'll update you at 16:30.", at(2, 16, 30), 'at 16:30'],
    ["I'll update you next Wednesday.", at(9, 17), 'next Wednesday'],
    ["We'll sort it out by the end of the week.", at(4, 17), 'by the end of the week'],
    ['I will follow up in 3 business days.', at(7, 10, 30), 'in 3 business days'],
  ])('%s', (text, expected, words) => {
    expect(findCommitment(text, SENT, 'en')).toEqual({ at: expected, words });
  });

  it('reads a weekday that is today as today until the end of the working day, then as next week', () => {
    expect(findCommitment("I'll update you on Wednesday.", SENT)?.at).toEqual(at(2, 17));
    expect(findCommitment("I'll update you on Wednesday.", at(2, 18))?.at).toEqual(at(9, 17));
  });

  it('reads a time already past as tomorrow’s, and "end of day" after 17:00 as an hour on', () => {
    expect(findCommitment("I'll call you at 9am.", SENT)?.at).toEqual(at(3, 9));
    expect(findCommitment("I'll write by end of day.", at(2, 17, 30))?.at).toEqual(at(2, 18, 30));
  });

  it('finds no promise where the agent commits to nothing', () => {
    expect(findCommitment('Refunds usually take 5 business days.', SENT)).toBeNull();
    expect(findCommitment('Our office closes at 5pm on Friday.', SENT)).toBeNull();
    expect(findCommitment('Thanks for reaching out! Can you tell us more?', SENT)).toBeNull();
  });

  it('keeps a time in one sentence from another sentence’s "I’ll"', () => {
    expect(findCommitment("I'll look into it. The office opens tomorrow at 9am.", SENT)).toBeNull();
  });
});

describe('findCommitment (es)', () => {
  it.each([
    ['Te escribo mañana a las 15:00 con la respuesta.', at(3, 15), 'mañana a las 15:00'],
    ['Le aviso el viernes.', at(4, 17), 'el viernes'],
    ['Te confirmaré el reembolso en dos horas.', at(2, 12, 30), 'en dos horas'],
    ['Le responderé antes del final del día.', at(2, 17), 'antes del final del día'],
    ['Te llamo mañana por la mañana.', at(3, 9), 'mañana por la mañana'],
    ['Te escribiré esta tarde.', at(2, 15), 'esta tarde'],
    ['Le contactaré a las 3.', at(2, 15), 'a las 3'],
    ['Te escribo en media hora.', at(2, 11), 'en media hora'],
    ['Tendrás noticias nuestras dentro de 24 horas.', at(3, 10, 30), 'dentro de 24 horas'],
  ])('%s', (text, expected, words) => {
    expect(findCommitment(text, SENT, 'es-ES')).toEqual({ at: expected, words });
  });

  it('tells "mañana" (tomorrow) from "la mañana" (the morning)', () => {
    expect(findCommitment('Le llamo por la mañana.', at(2, 8))?.at).toEqual(at(2, 9));
    expect(findCommitment('Le llamo por la mañana.', SENT)?.at).toEqual(at(3, 9));
  });

  it('finds no promise in a statement of policy', () => {
    expect(findCommitment('Los reembolsos tardan cinco días hábiles.', SENT)).toBeNull();
  });

  it('tries both languages when the locale is not given', () => {
    expect(findCommitment('Le aviso el viernes.', SENT)?.at).toEqual(at(4, 17));
  });
});
