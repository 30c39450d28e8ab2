import { describe, expect, it } from 'vitest';
import { computeInsights, MAX_THEMES } from '@/lib/insights';
import { stem } from '@/lib/insights/stems';
import { fold } from '@/lib/insights/tokens';
import { NOW, record } from './helpers';

const themes = (records: Parameters<typeof computeInsights>[0]) => computeInsights(records, { now: NOW }).themes;

describe('themes', () => {
  it('folds English forms, drops stop words and counts tags as written', () => {
    const c1 = record({
      ticketId: 'c1',
      complaint: 'Refunds not received. The refund was charged twice!',
      tags: ['billing'],
    });
    const c2 = record({ ticketId: 'c2', complaint: 'I was charged and want a refund', tags: ['billing', 'Billing'] });
    const c3 = record({ ticketId: 'c3', complaint: 'Charges keep coming, refund please' });
    const c4 = record({ ticketId: 'c4', complaint: 'Was charged twice for this', tags: ['vip'] });
    // charg: charged (c1, c2, c4), Charges (c3) → 4 conversations, "charged" written 3 times.
    // refund: Refunds (c1), refund (c1, c2, c3) → 3 conversations, "refund" written 3 times.
    // "charged twice": c1 and c4 (c3's "Charges keep" and "keep coming" once each; "coming, refund" is
    // broken by the comma; every other pair has a stop word). twice: c1, c4. Tag billing: c1, c2; "Billing"
    // (c2 only) is another tag. Equal counts sort by label in code-unit order.
    expect(themes([c1, c2, c3, c4])).toEqual([
      { kind: 'term', label: 'charged', conversations: 4, recordIds: [c1.id, c2.id, c3.id, c4.id] },
      { kind: 'term', label: 'refund', conversations: 3, recordIds: [c1.id, c2.id, c3.id] },
      { kind: 'tag', label: 'billing', conversations: 2, recordIds: [c1.id, c2.id] },
      { kind: 'phrase', label: 'charged twice', conversations: 2, recordIds: [c1.id, c4.id] },
      { kind: 'term', label: 'twice', conversations: 2, recordIds: [c1.id, c4.id] },
    ]);
  });

  it('folds Spanish plurals and accents, and labels each theme with its most frequent written form', () => {
    const s1 = record({ ticketId: 's1', complaint: 'Quiero el reembolso del cobro' });
    const s2 = record({ ticketId: 's2', complaint: 'Los reembolsos no llegan' });
    const s3 = record({ ticketId: 's3', complaint: 'Devolución pendiente.' });
    const s4 = record({ ticketId: 's4', complaint: 'devoluciones pendientes, sin reembolso' });
    // reembolso: s1, s2 (reembolsos), s4 → 3, written "reembolso" twice. devolucion: "Devolución" (s3) and
    // "devoluciones" (s4) once each: the tie goes to code-unit order, "D" before "d". pendient likewise:
    // "pendiente" before "pendientes". The phrase: "Devolución pendiente" (s3), "devoluciones pendientes" (s4).
    expect(themes([s1, s2, s3, s4])).toEqual([
      { kind: 'term', label: 'reembolso', conversations: 3, recordIds: [s1.id, s2.id, s4.id] },
      { kind: 'term', label: 'Devolución', conversations: 2, recordIds: [s3.id, s4.id] },
      { kind: 'phrase', label: 'Devolución pendiente', conversations: 2, recordIds: [s3.id, s4.id] },
      { kind: 'term', label: 'pendiente', conversations: 2, recordIds: [s3.id, s4.id] },
    ]);
  });

  it('matches case and accents alike, counts a conversation once, and skips numbers and single letters', () => {
    // Written "CAFÉ", "café" once each and "cafe" twice: the label is "cafe".
    const a = record({ ticketId: 'a', complaint: 'CAFÉ café cafe x 12345 12345' });
    const b = record({ ticketId: 'b', complaint: 'cafe x 12345' });
    expect(themes([a, b])).toEqual([{ kind: 'term', label: 'cafe', conversations: 2, recordIds: [a.id, b.id] }]);
  });

  it('keeps apostrophes inside words and treats ’ as one', () => {
    const a = record({ ticketId: 'a', complaint: "Customer's order don't arrive" });
    const b = record({ ticketId: 'b', complaint: 'customer’s order' });
    // "customer's" → customer; don't is a stop word; "Customer's order" is a phrase of both (after the
    // term "Customer's", which its label starts with).
    expect(themes([a, b]).map((t) => [t.kind, t.label])).toEqual([
      ['term', "Customer's"],
      ['phrase', "Customer's order"],
      ['term', 'order'],
    ]);
  });

  it('needs two conversations and keeps the top ' + MAX_THEMES, () => {
    expect(themes([record({ complaint: 'refund refund refund', tags: ['once'] })])).toEqual([]);
    const many = Array.from({ length: 60 }, (_, i) => `tag-${String(i).padStart(2, '0')}`);
    const records = [record({ tags: many }), record({ tags: many }), record({ tags: ['tag-59'] })];
    const result = themes(records);
    expect(result).toHaveLength(MAX_THEMES);
    // tag-59 is in 3 conversations; then tag-00 … tag-48 by label.
    expect(result.map((t) => t.label)).toEqual(['tag-59', ...many.slice(0, MAX_THEMES - 1)]);
  });

  it('counts a tag written twice on one record once', () => {
    const twice = record({ ticketId: 'a', tags: ['vip', 'vip'] });
    const once = record({ ticketId: 'b', tags: ['vip'] });
    expect(themes([twice, once])).toEqual([
      { kind: 'tag', label: 'vip', conversations: 2, recordIds: [twice.id, once.id] },
    ]);
  });

  it('sorts record ids as text, whatever the order of the records', () => {
    const ids = ['9', '10', '1', '2'];
    const records = ids.map((ticketId) => record({ ticketId, complaint: 'delayed parcel' }));
    const expected = records.map((r) => r.id).sort();
    expect(themes(records).map((t) => t.recordIds)).toEqual([expected, expected, expected]);
  });

  it("lists a record id twice when two agents' records share it (a roll-up)", () => {
    const mine = record({ ticketId: '7', complaint: 'parcel' });
    const theirs = { ...record({ ticketId: '7', complaint: 'parcel' }), agent: 'Ana' };
    const other = record({ ticketId: '3', complaint: 'parcel' });
    expect(themes([mine, theirs, other])).toEqual([
      { kind: 'term', label: 'parcel', conversations: 3, recordIds: [other.id, mine.id, mine.id] },
    ]);
  });

  it('stems the en and es forms it documents', () => {
    const stems = (words: string[]) => words.map((w) => stem(fold(w)));
    expect(stems(['refund', 'refunds', 'refunded', 'refunding'])).toEqual(Array(4).fill('refund'));
    expect(stems(['charge', 'charges', 'charged', 'charging'])).toEqual(Array(4).fill('charg'));
    expect(stems(['delay', 'delays', 'delayed'])).toEqual(Array(3).fill('delai'));
    expect(stems(['ship', 'shipped', 'shipping'])).toEqual(Array(3).fill('ship'));
    expect(stems(['reembolso', 'reembolsos'])).toEqual(['reembolso', 'reembolso']);
    expect(stems(['cliente', 'clientes', 'client', 'clients'])).toEqual(Array(4).fill('client'));
    expect(stems(['devolución', 'devoluciones', 'error', 'errores'])).toEqual([
      'devolucion',
      'devolucion',
      'error',
      'error',
    ]);
    expect(stems(['access', 'status', 'crisis'])).toEqual(['acces', 'status', 'crisis']);
  });
});
