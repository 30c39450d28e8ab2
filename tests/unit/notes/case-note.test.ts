import { describe, expect, it } from 'vitest';
import { caseNote, caseNoteLabels, type CaseNoteText } from '@/lib/notes/case-note';
import { emptyRecord, type InteractionRecord } from '@/lib/notes/model';
import { getMessage } from '../support/i18n';

const TICKET = { helpdesk: 'zendesk', account: 'acme', ticketId: '4211' } as const;

function record(patch: Partial<InteractionRecord> = {}, notes: Partial<InteractionRecord['notes']> = {}) {
  const base = emptyRecord(TICKET, '2026-12-03T14:00:00.000Z');
  return { ...base, ...patch, notes: { ...base.notes, ...notes } };
}

const step = (step: InteractionRecord['steps'][number]['step'], at: string) => ({
  step,
  at,
  messageId: null,
  evidence: null,
});
const use = (at: string) => ({
  packId: 'core',
  phraseId: 'p1',
  step: 'listen' as const,
  action: 'insert' as const,
  at,
  text: 'I hear you.',
});

/** The words as the side panel builds them from locales/en.yml, dates in `locale`. */
const english = (locale = 'en-GB'): CaseNoteText => {
  return {
    locale,
    stepName: (id) => getMessage(`steps_${id}_name`),
    labels: caseNoteLabels((label) => getMessage(`caseNote_note_${label}`)),
  };
};

describe('caseNote', () => {
  it('writes every field, the follow-up for people and each step with its local time', () => {
    const note = caseNote(
      record(
        {
          steps: [step('empathize', '2026-12-03T14:35:00.000Z'), step('listen', '2026-12-03T14:32:00.000Z')],
          phrases: [use('2026-12-03T14:33:00.000Z'), use('2026-12-03T14:36:00.000Z')],
        },
        {
          complaint: 'Charged twice for November',
          solution: 'Refund of the second charge',
          outcome: 'Customer accepted',
          followUpDate: '2026-12-10',
        },
      ),
      english(),
      { timeZone: 'Europe/Madrid' },
    );
    expect(note.split('\n')).toEqual([
      'Case note',
      'Complaint: Charged twice for November',
      'Solution offered: Refund of the second charge',
      'Outcome: Customer accepted',
      expect.stringMatching(/^Follow-up: Thursday,? 10 December 2026$/),
      'Steps performed:',
      '- Listen & Acknowledge — 15:32',
      '- Empathize & Apologize — 15:35',
      'Phrases used: 2',
    ]);
  });

  it('marks empty fields with a dash and counts no phrases', () => {
    expect(caseNote(record(), english(), { timeZone: 'UTC' })).toBe(
      [
        'Case note',
        'Complaint: —',
        'Solution offered: —',
        'Outcome: —',
        'Follow-up: —',
        'Steps performed: —',
        'Phrases used: 0',
      ].join('\n'),
    );
  });

  it('keeps a field’s lines, indented under its label, and drops blank ones', () => {
    const note = caseNote(record({}, { complaint: '  First line\n\n second line  ' }), english(), {
      timeZone: 'UTC',
    });
    expect(note).toContain('Complaint: First line\n  second line\n');
  });

  it('writes times in the zone asked for, with the day when the steps span several days', () => {
    const steps = [step('listen', '2026-12-03T23:30:00.000Z'), step('act', '2026-12-04T09:05:00.000Z')];
    // One day in Tokyo (4 Dec): times alone.
    const tokyo = caseNote(record({ steps }), english(), { timeZone: 'Asia/Tokyo' });
    expect(tokyo).toContain('- Listen & Acknowledge — 08:30\n- Take Action & Follow Up — 18:05');
    // Two days in UTC (3 and 4 Dec): each time with its day.
    const utc = caseNote(record({ steps }), english(), { timeZone: 'UTC' });
    expect(utc).toContain('- Listen & Acknowledge — 3 Dec, 23:30\n- Take Action & Follow Up — 4 Dec, 09:05');
  });

  it('writes its dates, times and numbers in the locale it is given, its words as given', () => {
    const spanish: CaseNoteText = {
      ...english('es-MX'),
      stepName: (id) => ({ listen: 'Escuchar y reconocer', act: 'Actuar y dar seguimiento' })[id as 'listen'],
      labels: { ...english().labels, followUp: 'Seguimiento', phrases: 'Frases usadas' },
    };
    const steps = [step('listen', '2026-12-03T23:30:00.000Z'), step('act', '2026-12-04T09:05:00.000Z')];
    const phrases = Array.from({ length: 1200 }, () => use('2026-12-03T23:31:00.000Z'));
    const note = caseNote(record({ steps, phrases }, { followUpDate: '2026-12-10' }), spanish, { timeZone: 'UTC' });
    expect(note).toContain('Seguimiento: jueves, 10 de diciembre de 2026\n');
    // Mexico reads a 12-hour clock and groups thousands with a comma, unlike Spain: the region matters.
    expect(note).toMatch(/- Escuchar y reconocer — 3 dic\.?, 11:30\sp\.\s?m\.\n- Actuar y dar seguimiento — 4 dic/);
    expect(note).toContain('Frases usadas: 1,200');
  });
});
