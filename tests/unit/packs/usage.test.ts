import { afterEach, describe, expect, it } from 'vitest';
import { phraseUsage, usageKey } from '@/lib/packs';
import { recordPhraseUse } from '@/lib/notes';
import { NotesDb } from '@/lib/notes/db';

const db = new NotesDb('packs-usage-test');
afterEach(() => db.delete().then(() => db.open()));

describe('phraseUsage', () => {
  it('counts every use of each phrase across the interaction records', async () => {
    const use = (ticketId: string, phraseId: string) =>
      recordPhraseUse(
        db,
        { helpdesk: 'zendesk', ticketId },
        { packId: 'acme', phraseId, step: 'listen', action: 'insert' },
      );
    await use('1', 'listen-hear');
    await use('1', 'listen-hear');
    await use('2', 'listen-hear');
    await use('2', 'clarify-order');
    const usage = await phraseUsage(db);
    expect(usage.get(usageKey('acme', 'listen-hear'))).toBe(3);
    expect(usage.get(usageKey('acme', 'clarify-order'))).toBe(1);
    expect(usage.get(usageKey('other', 'listen-hear'))).toBeUndefined();
  });
});
