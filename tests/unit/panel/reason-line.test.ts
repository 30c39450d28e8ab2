import { describe, expect, it } from 'vitest';
import { reasonLine } from '@/entrypoints/sidepanel/components/reason-line';

describe('reasonLine', () => {
  it('quotes the first words the reason rests on, whatever language the reason is in', () => {
    const guidance = {
      reason: 'The customer reported a problem ("My order is late again") and no one has acknowledged it yet.',
      why: [
        { key: 'listenGrievance' as const, quotes: ['My order is late again'] },
        { key: 'listenAcknowledge' as const, quotes: [] },
      ],
    };
    expect(reasonLine(guidance, 'El cliente informó de un problema («My order is late again»).')).toBe(
      '“My order is late again”',
    );
  });

  it('reads the quote from the English words when the engine sent no parts', () => {
    const reason = 'The customer reported a problem ("My order is late again") and no one has acknowledged it yet.';
    expect(reasonLine({ reason }, reason)).toBe('“My order is late again”');
  });

  it('shortens a long quote with an ellipsis', () => {
    const quote = `${'word '.repeat(30)}…`;
    const line = reasonLine({ reason: '', why: [{ key: 'clarifyMissingDetails', quotes: [quote] }] }, '');
    expect(line.length).toBeLessThanOrEqual(72);
    expect(line).toMatch(/^“word word .*…”$/);
  });

  it('ends a shortened quote after a whole word', () => {
    const quote = 'My card was billed twice for one order and nobody at the shop has replied to a single email';
    const line = reasonLine({ reason: '', why: [{ key: 'clarifyMissingDetails', quotes: [quote] }] }, '');
    expect(line).toBe('“My card was billed twice for one order and nobody at the shop has…”');
  });

  it('gives the first sentence, in the UI language, when nothing is quoted', () => {
    const why = [{ key: 'listenNoCustomer' as const, quotes: [] }];
    expect(reasonLine({ reason: 'x', why }, 'El cliente aún no ha escrito. Luego responde.')).toBe(
      'El cliente aún no ha escrito.',
    );
  });
});
