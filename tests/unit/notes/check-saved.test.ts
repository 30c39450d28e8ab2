// "Saved" only when the stored value is the agent's: checkSaved reads the record back, and the autosave
// says "Saved" only once that check passes for everything it sent.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '@/lib/notes/autosave';
import { checkSaved } from '@/lib/notes/check-saved';
import { deleteRecord } from '@/lib/notes/data-controls';
import { NotSavedError } from '@/lib/notes/errors';
import { getRecord, saveNotes } from '@/lib/notes/records';
import { closeAll, freshDb, minutes, secondConnection } from './helpers';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

const ID = 'zendesk:acme:1';

describe('checkSaved', () => {
  it('resolves when the record holds what was sent (tags compared as they are stored)', async () => {
    const db = freshDb();
    await saveNotes(db, ID, { outcome: 'refunded', tags: [' vip', 'VIP'] }, minutes(1));
    await expect(checkSaved(db, ID, { outcome: 'refunded', tags: [' vip', 'VIP'] })).resolves.toBeUndefined();
  });

  it('rejects naming only the fields that lost to a newer edit from another tab', async () => {
    const db = freshDb();
    await saveNotes(db, ID, { outcome: 'refund sent' }, minutes(3));
    await saveNotes(db, ID, { outcome: 'credit note', text: 'called' }, minutes(2));
    const check = checkSaved(db, ID, { outcome: 'credit note', text: 'called' });
    await expect(check).rejects.toBeInstanceOf(NotSavedError);
    await expect(check).rejects.toMatchObject({ code: 'conflict', fields: ['outcome'] });
    expect((await getRecord(db, ID))?.notes).toMatchObject({ outcome: 'refund sent', text: 'called' });
  });

  it('rejects when the record was deleted before it was read back', async () => {
    const db = freshDb();
    await saveNotes(db, ID, { text: 'x' }, minutes(1));
    await deleteRecord(db, ID);
    await expect(checkSaved(db, ID, { text: 'x' })).rejects.toBeInstanceOf(NotSavedError);
  });

  it('checks the status as well as the notes', async () => {
    const db = freshDb();
    await saveNotes(db, ID, { status: 'resolved' }, minutes(2));
    await expect(checkSaved(db, ID, { status: 'open' })).rejects.toMatchObject({ fields: ['status'] });
    await expect(checkSaved(db, ID, { status: 'resolved' })).resolves.toBeUndefined();
  });
});

describe('the autosave with a check', () => {
  function autosaveOn(db: ReturnType<typeof freshDb>) {
    const errors: unknown[] = [];
    const saved: string[] = [];
    const autosave = createAutosave((id, patch, at) => saveNotes(db, id, patch, at), {
      delayMs: 1,
      onError: (error) => errors.push(error),
      onSaved: (id) => saved.push(id),
      check: (id, sent) => checkSaved(db, id, sent),
    });
    return { autosave, errors, saved };
  }

  it('says "Saved" once what it sent is what is stored', async () => {
    const db = freshDb();
    const { autosave, errors, saved } = autosaveOn(db);
    autosave.edit(ID, { complaint: 'charged twice' });
    await autosave.flush();
    expect(errors).toEqual([]);
    expect(saved).toEqual([ID]);
    expect(autosave.unsaved()).toEqual([]);
  });

  it('says "Saved" for a local edit over a stored edit time ahead of the clock: the local edit wins', async () => {
    const db = freshDb();
    // What a tab whose clock was an hour ahead stored.
    await saveNotes(secondConnection(db), ID, { complaint: 'from the other tab' }, new Date(Date.now() + 3_600_000));
    const { autosave, errors, saved } = autosaveOn(db);
    autosave.edit(ID, { complaint: 'typed here' });
    await autosave.flush();
    expect(errors).toEqual([]);
    expect(saved).toEqual([ID]);
    expect((await getRecord(db, ID))?.notes.complaint).toBe('typed here');
  });

  it('never says "Saved" when another tab saved a newer edit of the field meanwhile, and keeps it unsaved', async () => {
    const db = freshDb();
    const other = secondConnection(db);
    const errors: unknown[] = [];
    const saved: string[] = [];
    const autosave = createAutosave(
      async (id, patch, at) => {
        await saveNotes(db, id, patch, at);
        // Between this save and its read-back, the other tab's newer edit lands.
        await saveNotes(other, id, { complaint: 'from the other tab' }, new Date(at.getTime() + 1));
      },
      {
        onError: (e) => errors.push(e),
        onSaved: (id) => saved.push(id),
        check: (id, sent) => checkSaved(db, id, sent),
      },
    );
    autosave.edit(ID, { complaint: 'typed here' });
    await autosave.flush();
    expect(saved).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'conflict', fields: ['complaint'] });
    expect(autosave.unsaved()).toEqual([ID]);
  });

  it('does not take its own later save of a field for someone else’s', async () => {
    const db = freshDb();
    const { autosave, errors, saved } = autosaveOn(db);
    autosave.edit(ID, { text: 'a' });
    const first = autosave.flush();
    autosave.edit(ID, { text: 'ab' });
    await Promise.all([first, autosave.flush()]);
    expect(errors).toEqual([]);
    expect(saved).toContain(ID);
    expect((await getRecord(db, ID))?.notes.text).toBe('ab');
  });
});
