import type { NotesPatch } from './model';
import type { JournalEntry } from './unsaved-journal';

/** `saveNotes` bound to a database: `(id, patch, at) => saveNotes(db, id, patch, at)`. */
export type SaveNotes = (id: string, patch: NotesPatch, at: Date) => Promise<unknown>;

export interface AutosaveOptions {
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
  /** Longest an edit waits while the agent keeps typing. */
  maxWaitMs?: number;
  /**
   * A save failed (e.g. QuotaError; the edit stays queued and is retried on the next flush), or `check`
   * found another value stored (NotSavedError; the record stays unsaved until the agent edits it again).
   */
  onError: (error: unknown, id: string) => void;
  /**
   * Reads back a record once it has nothing left to save: resolves if it holds `sent`, the latest value
   * of every field saved since it last checked out (`checkSaved`); rejects if not. Checking then, and not
   * after each save, means this page's own later save of a field is never taken for someone else's.
   * Without it, a save that lands counts as saved.
   */
  check?: (id: string, sent: NotesPatch) => Promise<void>;
  /** Every edit of the record is stored as typed (checked, when `check` is given): say "Saved". */
  onSaved?: (id: string) => void;
  now?: () => Date;
}

export interface Autosave {
  /** Queues an edit of one record; later edits of a field replace earlier ones. */
  edit(id: string, patch: NotesPatch): void;
  /**
   * Saves everything queued now. Call it when the agent switches ticket and on `pagehide` /
   * `visibilitychange` (hidden): the save's transaction starts before the handler returns.
   */
  flush(): Promise<void>;
  /** Records with edits not saved yet: queued, being saved or checked, whose save failed, or that lost. */
  unsaved(): string[];
  /**
   * The edits queued or being saved, merged per record with the time of the latest: what a page about to
   * unload keeps for the next one (an unloading page never finishes its IndexedDB write; see
   * unsaved-journal.ts).
   */
  unsavedEdits(): JournalEntry[];
}

interface Pending {
  patch: NotesPatch;
  /** Time of the latest edit in `patch`: the save is stamped with it, not with the time it ran. */
  at: number;
}

/**
 * Debounced saving for the notes editor. Edits are stamped when typed, so per-field last-write-wins
 * (saveNotes) orders them as the agent made them, whichever tab's save lands first.
 */
export function createAutosave(save: SaveNotes, options: AutosaveOptions): Autosave {
  const { delayMs = 300, maxWaitMs = 2000, onError, check, onSaved, now = () => new Date() } = options;
  const pending = new Map<string, Pending>();
  const inFlight = new Set<{ id: string; entry: Pending; stamp: number }>();
  const saving = new Set<Promise<void>>();
  // Per record, the latest value of each field saved and not yet checked (or that lost to another value).
  const sent = new Map<string, NotesPatch>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | null = null;
  let lastStamp = 0;

  function schedule(): void {
    const t = now().getTime();
    waitingSince ??= t;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), Math.max(0, Math.min(delayMs, waitingSince + maxWaitMs - t)));
  }

  // Strictly increasing, so a later save of a field always wins over an earlier one from this editor.
  const nextStamp = (entry: Pending) => Math.max(entry.at, lastStamp + 1);

  const busy = (id: string) => pending.has(id) || [...inFlight].some((f) => f.id === id);

  /** The record has nothing left to save: check what is stored against what was sent, once. */
  async function settle(id: string): Promise<void> {
    const batch = sent.get(id)!;
    try {
      await check?.(id, batch);
    } catch (error) {
      // A newer save of this record since will check this batch again, with its own.
      if (sent.get(id) === batch) onError(error, id);
      return;
    }
    if (sent.get(id) !== batch) return;
    sent.delete(id);
    onSaved?.(id);
  }

  async function saveOne(id: string, entry: Pending): Promise<void> {
    lastStamp = nextStamp(entry);
    const flight = { id, entry, stamp: lastStamp };
    inFlight.add(flight);
    sent.set(id, { ...sent.get(id), ...entry.patch });
    try {
      await save(id, entry.patch, new Date(lastStamp));
    } catch (error) {
      // Keep the edit for the next flush; anything typed meanwhile is newer and wins.
      const newer = pending.get(id);
      pending.set(id, { patch: { ...entry.patch, ...newer?.patch }, at: newer?.at ?? entry.at });
      onError(error, id);
      return;
    } finally {
      inFlight.delete(flight);
    }
    if (!busy(id)) await settle(id);
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    waitingSince = null;
    // Each save starts now, not after the previous one: on pagehide there is no later. The per-field
    // stamps make the order in which they land irrelevant.
    for (const [id, entry] of pending) {
      const started = saveOne(id, entry).finally(() => saving.delete(started));
      saving.add(started);
    }
    pending.clear();
    return Promise.all(saving).then(() => undefined);
  }

  return {
    edit(id, patch) {
      const entry = pending.get(id);
      pending.set(id, { patch: { ...entry?.patch, ...patch }, at: now().getTime() });
      schedule();
    },
    flush,
    unsaved: () => [...new Set([...pending.keys(), ...[...inFlight].map(({ id }) => id), ...sent.keys()])],
    unsavedEdits() {
      const merged = new Map<string, JournalEntry>();
      // Saves under way first: what is still queued was typed later and wins. Each carries the stamp its
      // save has or would get, not its typing time: two edits in one millisecond are stamped apart, and a
      // replay stamped with the typing time would lose to the earlier edit's save.
      const queued = [...pending].map(([id, entry]) => ({ id, entry, stamp: nextStamp(entry) }));
      for (const { id, entry, stamp } of [...inFlight, ...queued]) {
        const before = merged.get(id);
        merged.set(id, { id, patch: { ...before?.patch, ...entry.patch }, at: Math.max(before?.at ?? 0, stamp) });
      }
      return [...merged.values()];
    },
  };
}
