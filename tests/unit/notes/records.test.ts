import { afterEach, describe, expect, it } from 'vitest';
import { applyRetention, deleteAll, deleteRecord, storageUsed } from '@/lib/notes/data-controls';
import { getRecord, normaliseTags, recordInteraction, recordPhraseUse, saveNotes } from '@/lib/notes/records';
import { closeAll, conversation, freshDb, guidance, message, minutes, T0 } from './helpers';

afterEach(closeAll);

const ID = 'zendesk:acme:4521';

describe('recordInteraction', () => {
  it('creates one record per ticket with what the engine saw, timed by the messages', async () => {
    const db = freshDb();
    const url = 'https://acme.zendesk.com/agent/tickets/4521';
    const record = await recordInteraction(db, conversation(), guidance(), { at: T0, url });
    expect(record).toMatchObject({
      id: ID,
      helpdesk: 'zendesk',
      ticketId: '4521',
      url,
      subject: 'Refund not received',
      customerName: 'Maria Garcia',
      startedAt: '2025-03-10T08:50:00.000Z',
      updatedAt: T0.toISOString(),
      status: 'open',
      steps: [{ step: 'listen', at: '2025-03-10T08:55:00.000Z', messageId: 'a1', evidence: 'I understand' }],
      signals: [{ kind: 'angry', at: '2025-03-10T08:50:00.000Z', messageId: 'c1', evidence: 'Where is my refund?!' }],
    });
    expect(await getRecord(db, ID)).toEqual(record);
  });

  it('is idempotent: the same reading again writes nothing, not even a new time', async () => {
    const db = freshDb();
    const first = await recordInteraction(db, conversation(), guidance(), { at: T0 });
    const again = await recordInteraction(db, conversation(), guidance(), { at: minutes(5) });
    expect(again).toEqual(first);
    expect(await getRecord(db, ID)).toEqual(first);
    expect(await db.records.count()).toBe(1);
  });

  it('adds new steps and signals without duplicates and keeps the first time of each step', async () => {
    const db = freshDb();
    await recordInteraction(db, conversation(), guidance(), { at: T0 });
    const later = guidance({
      completed: [
        { step: 'listen', messageId: 'a1', evidence: 'I understand' },
        { step: 'empathize', messageId: 'a2', evidence: 'I am sorry' },
      ],
      signals: [
        { kind: 'angry', messageId: 'c1', evidence: 'Where is my refund?!' },
        { kind: 'churn-risk', messageId: 'c2', evidence: 'cancel my account' },
      ],
    });
    const record = await recordInteraction(db, conversation(), later, { at: minutes(3) });
    expect(record.steps.map((s) => [s.step, s.at])).toEqual([
      ['listen', '2025-03-10T08:55:00.000Z'],
      ['empathize', minutes(3).toISOString()],
    ]);
    expect(record.signals.map((s) => s.kind)).toEqual(['angry', 'churn-risk']);
    expect(record.updatedAt).toBe(minutes(3).toISOString());
  });

  it('never takes a time from the helpdesk later than now, and keeps what a page does not show', async () => {
    const db = freshDb();
    await recordInteraction(db, conversation(), guidance(), {
      at: T0,
      url: 'https://acme.zendesk.com/agent/tickets/4521',
    });
    const ahead = conversation({
      subject: null,
      customer: { name: null, email: null },
      messages: [message('a1', 'agent', 'I understand', '2025-03-10T10:00:00.000Z')],
    });
    const record = await recordInteraction(
      db,
      ahead,
      guidance({ completed: [{ step: 'clarify', messageId: 'a1', evidence: 'So' }] }),
      {
        at: minutes(1),
      },
    );
    expect(record.steps.find((s) => s.step === 'clarify')?.at).toBe(minutes(1).toISOString());
    expect(record).toMatchObject({ subject: 'Refund not received', customerName: 'Maria Garcia' });
    expect(record.url).toBe('https://acme.zendesk.com/agent/tickets/4521');
  });

  it('never touches the notes the agent wrote', async () => {
    const db = freshDb();
    await recordInteraction(db, conversation(), guidance(), { at: T0 });
    const saved = await saveNotes(
      db,
      ID,
      { complaint: 'refund late', status: 'follow-up', tags: ['billing'] },
      minutes(1),
    );
    const after = await recordInteraction(db, conversation({ subject: 'Refund STILL not received' }), guidance(), {
      at: minutes(2),
    });
    expect(after.notes).toEqual(saved.notes);
    expect(after.status).toBe('follow-up');
    expect(after.editedAt).toEqual(saved.editedAt);
    expect(after.subject).toBe('Refund STILL not received');
  });

  it('keeps as the link only the ticket’s own page, and records the reading all the same', async () => {
    const db = freshDb();
    const own = 'https://acme.zendesk.com/agent/tickets/4521/events';
    const others = [
      'javascript:alert(1)',
      'https://evil.example/agent/tickets/4521',
      'https://globex.zendesk.com/agent/tickets/4521',
      'https://acme.zendesk.com/agent/tickets/4522',
      'http://acme.zendesk.com/agent/tickets/4521',
    ];
    for (const [i, url] of others.entries()) {
      const record = await recordInteraction(db, conversation(), guidance(), { at: minutes(i), url });
      expect(record.url, url).toBeNull();
      expect(record.steps).toHaveLength(1);
    }
    await recordInteraction(db, conversation(), guidance(), { at: minutes(10), url: own });
    const later = await recordInteraction(db, conversation(), guidance(), { at: minutes(11), url: others[1] });
    expect(later.url).toBe(own);
  });
});

describe('saveNotes', () => {
  it('creates the record if the background has not yet, and stamps each field with the edit time', async () => {
    const db = freshDb();
    const record = await saveNotes(db, ID, { complaint: 'refund late', followUpDate: '2025-03-12' }, T0);
    expect(record.notes).toMatchObject({ complaint: 'refund late', followUpDate: '2025-03-12', outcome: '' });
    expect(record.editedAt).toMatchObject({
      complaint: T0.toISOString(),
      followUpDate: T0.toISOString(),
      outcome: null,
    });
    expect(record.steps).toEqual([{ step: 'document', at: T0.toISOString(), messageId: null, evidence: null }]);
  });

  it('keeps fields another tab wrote, and a stale save never undoes a newer edit', async () => {
    const db = freshDb();
    await saveNotes(db, ID, { complaint: 'refund late' }, minutes(1));
    await saveNotes(db, ID, { outcome: 'refunded' }, minutes(3));
    const stale = await saveNotes(db, ID, { outcome: 'pending', solution: 'offered refund' }, minutes(2));
    expect(stale.notes).toMatchObject({ complaint: 'refund late', outcome: 'refunded', solution: 'offered refund' });
  });

  it('treats an undefined field as not edited, and tidies tags', async () => {
    const db = freshDb();
    await saveNotes(db, ID, { text: 'keep me' }, T0);
    const record = await saveNotes(db, ID, { text: undefined, tags: [' Billing ', 'billing', '', 'VIP'] }, minutes(1));
    expect(record.notes.text).toBe('keep me');
    expect(record.notes.tags).toEqual(['Billing', 'VIP']);
    expect(normaliseTags(['x'.repeat(80)])[0]).toHaveLength(64);
  });

  it('rejects a malformed patch or id and writes nothing', async () => {
    const db = freshDb();
    await expect(saveNotes(db, ID, { followUpDate: 'tomorrow' })).rejects.toThrow();
    await expect(saveNotes(db, 'freshdesk:1', { text: 'x' })).rejects.toThrow(RangeError);
    expect(await db.records.count()).toBe(0);
  });
});

describe('recordPhraseUse', () => {
  it('appends each use once, even when the call is retried', async () => {
    const db = freshDb();
    const use = { packId: 'builtin', phraseId: 'ack-1', step: 'listen' as const, action: 'insert' as const };
    await recordPhraseUse(db, { helpdesk: 'zendesk', ticketId: '4521' }, use, T0);
    await recordPhraseUse(db, { helpdesk: 'zendesk', ticketId: '4521' }, use, T0);
    const record = await recordPhraseUse(
      db,
      { helpdesk: 'zendesk', ticketId: '4521' },
      { ...use, action: 'copy' },
      minutes(1),
    );
    // Called without its words (as before v4), a use records them as not known.
    expect(record.phrases).toEqual([
      { ...use, text: null, at: T0.toISOString() },
      { ...use, action: 'copy', text: null, at: minutes(1).toISOString() },
    ]);
  });

  it('keeps the words the agent inserted, variables filled in', async () => {
    const db = freshDb();
    const use = { packId: 'builtin', phraseId: 'ack-1', step: 'listen' as const, action: 'insert' as const };
    const text = 'Hi Maria, I can see why this is frustrating.';
    const record = await recordPhraseUse(db, { helpdesk: 'zendesk', ticketId: '4521' }, { ...use, text }, T0);
    expect(record.phrases).toEqual([{ ...use, text, at: T0.toISOString() }]);
  });
});

describe('data controls', () => {
  it('deletes one record or all of them', async () => {
    const db = freshDb();
    await saveNotes(db, 'zendesk::1', { text: 'a' }, T0);
    await saveNotes(db, 'zendesk::2', { text: 'b' }, T0);
    await saveNotes(db, 'intercom::3', { text: 'c' }, T0);
    await deleteRecord(db, 'zendesk::1');
    expect(await db.records.toCollection().primaryKeys()).toEqual(['intercom::3', 'zendesk::2']);
    await deleteAll(db);
    expect(await db.records.count()).toBe(0);
  });

  it('deletes records unchanged for N days, except those with a follow-up still to come', async () => {
    const db = freshDb();
    const now = new Date('2025-06-30T12:00:00.000Z');
    await saveNotes(db, 'zendesk::old', { text: 'old' }, new Date('2025-05-01T00:00:00.000Z'));
    await saveNotes(db, 'zendesk::due', { followUpDate: '2025-07-15' }, new Date('2025-05-01T00:00:00.000Z'));
    await saveNotes(db, 'zendesk::past', { followUpDate: '2025-05-02' }, new Date('2025-05-01T00:00:00.000Z'));
    await saveNotes(db, 'zendesk::new', { text: 'new' }, new Date('2025-06-29T00:00:00.000Z'));
    expect(await applyRetention(db, 30, now)).toBe(2);
    expect(await db.records.toCollection().primaryKeys()).toEqual(['zendesk::due', 'zendesk::new']);
    expect(await applyRetention(db, 30, now)).toBe(0);
    await expect(applyRetention(db, 0, now)).rejects.toThrow(RangeError);
    await expect(applyRetention(db, 1.5, now)).rejects.toThrow(RangeError);
  });

  it('reports how many records there are and what the browser says about storage', async () => {
    const db = freshDb();
    await saveNotes(db, ID, { text: 'a' }, T0);
    const storage = Object.getOwnPropertyDescriptor(navigator, 'storage');
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { estimate: async () => ({ usage: 2048, quota: 1_000_000 }) },
    });
    try {
      expect(await storageUsed(db)).toEqual({ records: 1, usage: 2048, quota: 1_000_000 });
      Object.defineProperty(navigator, 'storage', { configurable: true, value: undefined });
      expect(await storageUsed(db)).toEqual({ records: 1, usage: null, quota: null });
    } finally {
      if (storage) Object.defineProperty(navigator, 'storage', storage);
      else delete (navigator as { storage?: unknown }).storage;
    }
  });
});
