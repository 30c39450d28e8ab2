// Two tabs are two connections to one database; IndexedDB runs their read-write transactions one after
// the other, and each write merges into what the other left.
import { afterEach, describe, expect, it } from 'vitest';
import type { Guidance } from '@/lib/framework/guidance';
import { StepId } from '@/lib/framework/steps';
import { NotesDb } from '@/lib/notes/db';
import { getRecord, recordInteraction, recordPhraseUse, saveNotes } from '@/lib/notes/records';
import { closeAll, conversation, freshDb, guidance, minutes, secondConnection } from './helpers';

afterEach(closeAll);

const ID = 'zendesk:acme:4521';

describe('two tabs writing at once', () => {
  it('lose nothing: every step, signal and note field from either tab ends up in the record', async () => {
    const tabA = freshDb();
    const tabB = secondConnection(tabA);
    const stepsSoFar = (n: number): Guidance['completed'] =>
      StepId.options.slice(0, n).map((step, i) => ({ step, messageId: `a${i}`, evidence: step }));
    const writes: Array<Promise<unknown>> = [];
    for (let i = 1; i <= 5; i++) {
      writes.push(recordInteraction(tabA, conversation(), guidance({ completed: stepsSoFar(i) }), { at: minutes(i) }));
      writes.push(recordInteraction(tabB, conversation(), guidance({ completed: stepsSoFar(i) }), { at: minutes(i) }));
    }
    writes.push(saveNotes(tabA, ID, { complaint: 'refund late' }, minutes(2)));
    writes.push(saveNotes(tabB, ID, { solution: 'refund today' }, minutes(3)));
    writes.push(saveNotes(tabB, ID, { tags: ['billing'] }, minutes(4)));
    writes.push(recordPhraseUse(tabA, { helpdesk: 'zendesk', account: 'acme', ticketId: '4521' }, phrase, minutes(4)));
    await Promise.all(writes);
    const record = (await getRecord(tabA, ID))!;
    expect(record.steps.map((s) => s.step).sort()).toEqual([...StepId.options].sort());
    expect(record.notes).toMatchObject({ complaint: 'refund late', solution: 'refund today', tags: ['billing'] });
    expect(record.phrases).toHaveLength(1);
    expect(await getRecord(tabB, ID)).toEqual(record);
  });

  it('never create two records for one ticket, even when both tabs see it first at the same moment', async () => {
    const tabA = freshDb();
    const tabB = secondConnection(tabA);
    const tickets = Array.from({ length: 40 }, (_, i) => String(1000 + i));
    await Promise.all(
      tickets.flatMap((id) => [
        recordInteraction(tabA, conversation({ id }), guidance(), { at: minutes(1) }),
        saveNotes(tabB, `zendesk:acme:${id}`, { text: `note ${id}` }, minutes(1)),
      ]),
    );
    expect(await tabA.records.count()).toBe(40);
    for (const id of tickets) {
      const record = (await getRecord(tabB, `zendesk:acme:${id}`))!;
      expect(record.subject).toBe('Refund not received');
      expect(record.notes.text).toBe(`note ${id}`);
    }
  });

  it('settle on the latest edit of a field whatever order the saves land in', async () => {
    const tabA = freshDb();
    const tabB = secondConnection(tabA);
    const order = [3, 7, 1, 9, 4, 8, 2, 6, 5];
    await Promise.all(order.map((n) => saveNotes(n % 2 ? tabA : tabB, ID, { outcome: `v${n}` }, minutes(n))));
    expect((await getRecord(tabA, ID))!.notes.outcome).toBe('v9');
  });

  it('keep every write that finished when a tab goes away in the middle (a reload), and no half-written one', async () => {
    const tab = freshDb();
    await tab.open();
    const save = (i: number) =>
      saveNotes(tab, `zendesk::${i}`, { complaint: `c${i}`, outcome: `o${i}`, tags: [`t${i}`] }, minutes(i));
    // Writes already under way when the page unloads, then writes the dying page still tries.
    const inFlight = Array.from({ length: 15 }, (_, i) => save(i));
    tab.close();
    const late = Array.from({ length: 15 }, (_, i) => save(15 + i));
    const settled = await Promise.allSettled([...inFlight, ...late]);
    expect(settled.some((r) => r.status === 'rejected')).toBe(true);

    const reloaded = new NotesDb(tab.name);
    try {
      const stored = new Map((await reloaded.records.toArray()).map((row) => [row.id, row]));
      settled.forEach((result, i) => {
        const row = stored.get(`zendesk::${i}`);
        if (result.status === 'rejected') expect(row).toBeUndefined();
        else expect(row?.notes).toMatchObject({ complaint: `c${i}`, outcome: `o${i}`, tags: [`t${i}`] });
      });
    } finally {
      reloaded.close();
    }
  });
});

const phrase = { packId: 'builtin', phraseId: 'ack-1', step: 'listen' as const, action: 'insert' as const };
