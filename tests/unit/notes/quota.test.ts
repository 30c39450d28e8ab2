import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '@/lib/notes/autosave';
import { isQuotaExceeded, QuotaError } from '@/lib/notes/errors';
import { jsonExport } from '@/lib/notes/export/json';
import { importNotes } from '@/lib/notes/import';
import { emptyRecord } from '@/lib/notes/model';
import { getRecord, saveNotes } from '@/lib/notes/records';
import { closeAll, freshDb, minutes, T0 } from './helpers';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

/** The browser's answer when the disk or the origin's quota is full, from the `after`-th put on. */
function fillDiskAfter(after: number) {
  let puts = 0;
  const put = IDBObjectStore.prototype.put;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (++puts > after) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

async function exportText(count: number): Promise<string> {
  async function* chunks() {
    yield Array.from({ length: count }, (_, i) => ({
      ...emptyRecord({ helpdesk: 'zendesk', ticketId: String(i) }, T0.toISOString()),
      notes: { complaint: `c${i}`, solution: '', outcome: '', followUpDate: null, tags: [], text: '' },
    }));
  }
  let text = '';
  for await (const part of jsonExport(chunks(), { exportedAt: T0.toISOString(), redacted: false })) text += part;
  return text;
}

describe('a full disk', () => {
  it('is surfaced as a QuotaError, and the stored record is left as it was', async () => {
    const db = freshDb();
    const before = await saveNotes(db, 'zendesk::1', { complaint: 'refund late' }, T0);
    fillDiskAfter(0);
    const failed = saveNotes(db, 'zendesk::1', { complaint: 'refund very late', outcome: 'x' }, minutes(1));
    await expect(failed).rejects.toBeInstanceOf(QuotaError);
    await expect(failed).rejects.toMatchObject({ code: 'quota', name: 'QuotaError' });
    vi.restoreAllMocks();
    expect(await getRecord(db, 'zendesk::1')).toEqual(before);
  });

  it('rolls a whole import back when storage runs out part-way through it', async () => {
    const db = freshDb();
    await saveNotes(db, 'zendesk::kept', { text: 'mine' }, T0);
    const text = await exportText(2500);
    fillDiskAfter(1500);
    await expect(importNotes(db, text)).rejects.toBeInstanceOf(QuotaError);
    vi.restoreAllMocks();
    expect(await db.records.toCollection().primaryKeys()).toEqual(['zendesk::kept']);
  });

  it('keeps the autosaved edit and reports the error, then saves it once there is room again', async () => {
    const db = freshDb();
    const errors: unknown[] = [];
    const autosave = createAutosave((id, patch, at) => saveNotes(db, id, patch, at), {
      onError: (error) => errors.push(error),
    });
    fillDiskAfter(0);
    autosave.edit('zendesk::1', { outcome: 'refunded' });
    await autosave.flush();
    expect(errors).toEqual([expect.any(QuotaError)]);
    expect(autosave.unsaved()).toEqual(['zendesk::1']);
    vi.restoreAllMocks();
    await autosave.flush();
    expect(autosave.unsaved()).toEqual([]);
    expect((await getRecord(db, 'zendesk::1'))?.notes.outcome).toBe('refunded');
  });

  it('is recognised however Dexie wraps it, and nothing else is mistaken for it', () => {
    const quota = { name: 'QuotaExceededError' };
    expect(isQuotaExceeded(quota)).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaExceeded({ name: 'BulkError', failures: [{ name: 'ConstraintError' }, quota] })).toBe(true);
    expect(isQuotaExceeded({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaExceeded(new Error('disk', { cause: quota }))).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    expect(isQuotaExceeded('QuotaExceededError')).toBe(false);
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaExceeded(loop)).toBe(false);
  });
});
