import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical, mergeRecords, sameJson } from '@/lib/notes/merge';
import { emptyRecord, InteractionRecord } from '@/lib/notes/model';
import { recordOf, storedRecordArb, ticketArb } from './helpers';

/** Pairs and triples of versions of one record. */
const sameTicket = (n: number) =>
  ticketArb.chain((ticket) => fc.array(recordOf(ticket).map(canonical), { minLength: n, maxLength: n }));

describe('mergeRecords', () => {
  it('is idempotent, commutative and associative: the order writes arrive in never matters', () => {
    fc.assert(
      fc.property(sameTicket(3), ([a, b, c]) => {
        expect(mergeRecords(a!, a!)).toEqual(a);
        expect(mergeRecords(a!, b!)).toEqual(mergeRecords(b!, a!));
        expect(mergeRecords(mergeRecords(a!, b!), c!)).toEqual(mergeRecords(a!, mergeRecords(b!, c!)));
      }),
      { numRuns: 300 },
    );
  });

  it('always gives a valid record that keeps every step kind, signal and phrase use of both sides', () => {
    fc.assert(
      fc.property(sameTicket(2), ([a, b]) => {
        const m = mergeRecords(a!, b!);
        expect(InteractionRecord.safeParse(m).success).toBe(true);
        for (const s of [...a!.steps, ...b!.steps]) expect(m.steps.some((x) => x.step === s.step)).toBe(true);
        for (const s of [...a!.signals, ...b!.signals]) {
          expect(m.signals.some((x) => x.kind === s.kind && (x.messageId ?? x.at) === (s.messageId ?? s.at))).toBe(
            true,
          );
        }
        for (const p of [...a!.phrases, ...b!.phrases]) expect(m.phrases).toContainEqual(p);
        expect(m.updatedAt).toBe(a!.updatedAt > b!.updatedAt ? a!.updatedAt : b!.updatedAt);
      }),
      { numRuns: 300 },
    );
  });

  it('lets each edited field win on its own edit time', () => {
    const start = emptyRecord({ helpdesk: 'zendesk', ticketId: '1' }, '2025-03-10T09:00:00.000Z');
    const tabA = {
      ...start,
      notes: { ...start.notes, complaint: 'late refund', outcome: 'old outcome' },
      editedAt: { ...start.editedAt, complaint: '2025-03-10T09:05:00.000Z', outcome: '2025-03-10T09:01:00.000Z' },
    };
    const tabB = {
      ...start,
      updatedAt: '2025-03-10T09:06:00.000Z',
      notes: { ...start.notes, outcome: 'refunded' },
      editedAt: { ...start.editedAt, outcome: '2025-03-10T09:06:00.000Z' },
    };
    const merged = mergeRecords(tabA, tabB);
    expect(merged.notes.complaint).toBe('late refund');
    expect(merged.notes.outcome).toBe('refunded');
    expect(merged.editedAt).toMatchObject({ complaint: tabA.editedAt.complaint, outcome: tabB.editedAt.outcome });
  });

  it('keeps the first time a step was performed, once per step', () => {
    const start = emptyRecord({ helpdesk: 'zendesk', ticketId: '1' }, '2025-03-10T09:00:00.000Z');
    const early = { step: 'listen' as const, at: '2025-03-10T09:01:00.000Z', messageId: 'pos-2', evidence: 'I see' };
    const late = { ...early, at: '2025-03-10T09:03:00.000Z', messageId: '9917' };
    const merged = mergeRecords({ ...start, steps: [late] }, { ...start, steps: [early] });
    expect(merged.steps).toEqual([early]);
  });

  it('puts a record in canonical form once, after which it is stable', () => {
    fc.assert(
      fc.property(storedRecordArb, (r) => {
        expect(canonical(r)).toEqual(r);
      }),
    );
  });

  it('compares JSON values deeply, whatever the key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(sameJson({ a: null }, { a: undefined })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
