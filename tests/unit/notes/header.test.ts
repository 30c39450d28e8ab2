// Link, subject and customer ("the header"): nothing known is ever replaced by nothing, whether the record
// was imported and never read here, or a later reading (or file) lacks what an earlier one knew.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotesDb } from '@/lib/notes/db';
import { importNotes } from '@/lib/notes/import';
import { mergeRecords } from '@/lib/notes/merge';
import { emptyRecord, type InteractionRecord } from '@/lib/notes/model';
import { recordInteraction, recordPhraseUse, saveNotes } from '@/lib/notes/records';
import { closeAll, conversation, freshDb, guidance, minutes, recordOf, T0, ticketArb } from './helpers';

afterEach(closeAll);

const URL = 'https://acme.zendesk.com/agent/tickets/4521';
const HEADER = { url: URL, subject: 'Refund not received', customerName: 'Maria Garcia' };

/** A record as another machine exported it: header known, never read here (`seenAt: null`). */
function neverRead(): InteractionRecord {
  const record = emptyRecord({ helpdesk: 'zendesk', account: 'acme', ticketId: '4521' }, T0.toISOString());
  return { ...record, ...HEADER, notes: { ...record.notes, complaint: 'late refund' } };
}

const file = (records: unknown[]) =>
  JSON.stringify({ format: 'steadyhand-notes', version: 2, exportedAt: T0.toISOString(), redacted: false, records });

const header = async (db: NotesDb) => {
  const [row] = await db.records.toArray();
  return { url: row!.url, subject: row!.subject, customerName: row!.customerName };
};

describe('an imported record whose header was never read', () => {
  it('keeps link, subject and customer when the agent then saves notes', async () => {
    const db = freshDb();
    await importNotes(db, file([neverRead()]));
    await saveNotes(db, 'zendesk:acme:4521', { outcome: 'refunded' }, minutes(5));
    expect(await header(db)).toEqual(HEADER);
  });

  it('keeps them when a phrase is used', async () => {
    const db = freshDb();
    await importNotes(db, file([neverRead()]));
    const use = { packId: 'builtin', phraseId: 'p1', step: 'listen' as const, action: 'copy' as const };
    await recordPhraseUse(db, { helpdesk: 'zendesk', account: 'acme', ticketId: '4521' }, use, minutes(5));
    expect(await header(db)).toEqual(HEADER);
  });

  it('keeps them when a reading shows none of them', async () => {
    const db = freshDb();
    await importNotes(db, file([neverRead()]));
    const bare = conversation({ subject: null, customer: { name: null, email: null } });
    await recordInteraction(db, bare, guidance(), { at: minutes(5), url: null });
    expect(await header(db)).toEqual(HEADER);
  });
});

describe('a later header that lacks a value', () => {
  it('from an imported file never wipes what is stored', async () => {
    const db = freshDb();
    await recordInteraction(db, conversation(), guidance(), { at: T0, url: URL });
    const later = { ...neverRead(), url: null, customerName: null, subject: 'Refund STILL not received' };
    await importNotes(db, file([{ ...later, seenAt: minutes(10).toISOString() }]));
    expect(await header(db)).toEqual({ ...HEADER, subject: 'Refund STILL not received' });
  });

  it('that knows nothing never wins a merge, whatever the times', () => {
    fc.assert(
      fc.property(
        ticketArb.chain((t) => fc.tuple(recordOf(t), recordOf(t))),
        ([known, blank]) => {
          const opening = known.opening ?? null;
          fc.pre(known.url !== null || known.subject !== null || known.customerName !== null || opening !== null);
          const empty = { ...blank, url: null, subject: null, customerName: null, opening: null };
          for (const merged of [mergeRecords(known, empty), mergeRecords(empty, known)]) {
            expect([merged.url, merged.subject, merged.customerName, merged.opening]).toEqual([
              known.url,
              known.subject,
              known.customerName,
              opening,
            ]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
