import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '@/lib/notes/autosave';
import type { NotesPatch } from '@/lib/notes/model';
import { getRecord, saveNotes } from '@/lib/notes/records';
import { closeAll, freshDb, secondConnection } from './helpers';

type Call = [id: string, patch: NotesPatch, at: number];

function recorder() {
  const calls: Call[] = [];
  const save = vi.fn(async (id: string, patch: NotesPatch, at: Date) => void calls.push([id, patch, at.getTime()]));
  return { calls, save };
}

describe('createAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => vi.useRealTimers());

  it('saves once the agent pauses, with every field typed, stamped with the last keystroke', async () => {
    const { calls, save } = recorder();
    const autosave = createAutosave(save, { delayMs: 300, onError: vi.fn() });
    autosave.edit('zendesk::1', { complaint: 'ref' });
    vi.advanceTimersByTime(100);
    autosave.edit('zendesk::1', { complaint: 'refund', outcome: 'x' });
    vi.advanceTimersByTime(299);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.unsaved()).toEqual(['zendesk::1']);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([['zendesk::1', { complaint: 'refund', outcome: 'x' }, 1_000_100]]);
    expect(autosave.unsaved()).toEqual([]);
  });

  it('hands over every edit not yet saved, including a save still under way, newest text winning', async () => {
    let finish = () => {};
    const save = vi.fn(() => new Promise<void>((done) => (finish = done)));
    const autosave = createAutosave(save, { delayMs: 300, onError: vi.fn() });
    autosave.edit('zendesk::1', { complaint: 'refund', outcome: 'sent' });
    void autosave.flush();
    vi.advanceTimersByTime(50);
    autosave.edit('zendesk::1', { complaint: 'refund today' });
    autosave.edit('intercom::2', { text: 'call back' });
    expect(autosave.unsavedEdits()).toEqual([
      { id: 'zendesk::1', patch: { complaint: 'refund today', outcome: 'sent' }, at: 1_000_050 },
      { id: 'intercom::2', patch: { text: 'call back' }, at: 1_000_050 },
    ]);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.unsavedEdits().map((edit) => edit.id)).toEqual(['zendesk::1', 'intercom::2']);
    expect(autosave.unsavedEdits()[0]!.patch).toEqual({ complaint: 'refund today' });
  });

  it('saves at least every maxWaitMs while the agent keeps typing', async () => {
    const { calls, save } = recorder();
    const autosave = createAutosave(save, { delayMs: 300, maxWaitMs: 1000, onError: vi.fn() });
    for (let i = 0; i < 12; i++) {
      autosave.edit('zendesk::1', { text: 'x'.repeat(i + 1) });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls.length).toBe(1);
    expect(calls[0]![1]).toEqual({ text: 'x'.repeat(10) });
  });

  it('flushes every ticket at once when asked (switching ticket, closing the panel), each save started at once', async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const save = vi.fn(async (id: string) => {
      started.push(id);
      await gate;
    });
    const autosave = createAutosave(save, { onError: vi.fn() });
    autosave.edit('zendesk::1', { text: 'a' });
    autosave.edit('intercom::2', { text: 'b' });
    const flushed = autosave.flush();
    expect(started).toEqual(['zendesk::1', 'intercom::2']);
    expect(autosave.unsaved().sort()).toEqual(['intercom::2', 'zendesk::1']);
    autosave.edit('zendesk::1', { text: 'ab' });
    void autosave.flush();
    expect(started).toEqual(['zendesk::1', 'intercom::2', 'zendesk::1']);
    release();
    await flushed;
    expect(autosave.unsaved()).toEqual([]);
  });

  it('stamps successive saves strictly later, even when the clock stands still or steps back', async () => {
    const { calls, save } = recorder();
    const autosave = createAutosave(save, { onError: vi.fn() });
    autosave.edit('zendesk::1', { text: 'a' });
    await autosave.flush();
    vi.setSystemTime(999_000);
    autosave.edit('zendesk::1', { text: 'ab' });
    await autosave.flush();
    expect(calls.map((c) => c[2])).toEqual([1_000_000, 1_000_001]);
  });

  it('keeps a failed edit, merged under anything typed since, and reports the error', async () => {
    let fail = true;
    const calls: Call[] = [];
    const save = vi.fn(async (id: string, patch: NotesPatch, at: Date) => {
      if (fail) throw new Error('disk full');
      calls.push([id, patch, at.getTime()]);
    });
    const onError = vi.fn();
    const autosave = createAutosave(save, { onError });
    autosave.edit('zendesk::1', { complaint: 'late', outcome: 'old' });
    const flushing = autosave.flush();
    autosave.edit('zendesk::1', { outcome: 'new' });
    await flushing;
    expect(onError).toHaveBeenCalledWith(new Error('disk full'), 'zendesk::1');
    fail = false;
    await autosave.flush();
    expect(calls.map((c) => c[1])).toEqual([{ complaint: 'late', outcome: 'new' }]);
  });
});

describe('autosave with the database', () => {
  afterEach(closeAll);

  it('loses no keystroke when two panels edit different fields of one ticket', async () => {
    const tabA = freshDb();
    const tabB = secondConnection(tabA);
    const a = createAutosave((id, patch, at) => saveNotes(tabA, id, patch, at), { onError: vi.fn() });
    const b = createAutosave((id, patch, at) => saveNotes(tabB, id, patch, at), { onError: vi.fn() });
    for (const word of ['r', 're', 'ref', 'refund']) {
      a.edit('zendesk::1', { complaint: word });
      b.edit('zendesk::1', { solution: `${word}!` });
    }
    await Promise.all([a.flush(), b.flush()]);
    const record = await getRecord(tabA, 'zendesk::1');
    expect(record?.notes).toMatchObject({ complaint: 'refund', solution: 'refund!' });
  });
});
