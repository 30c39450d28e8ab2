import type { NotesPatch } from './model';
import type { JournalEntry } from './unsaved-journal';

/** `saveNotes` bound to a database: `(id, patch, at) => saveNotes(db, id, patch, at)`. */
export type SaveNotes = (id: string, patch: NotesPatch, at: Date) => Promise<unknown>;

export interface AutosaveOptions {
  /** Quiet time after the last edit before saving. */
  delayMs?: number;
  /** Longest an edit waits while the agent keeps typing. */
  maxWaitMs?: number;
  /** A save failed (e.g. QuotaError): show it. The edit stays unsaved and is retried on the next flush. */
  onError: (error: unknown, id: string) => void;
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
  /** Records with edits not saved yet: queued, being saved, or whose save failed. */
  unsaved(): string[];
  /**
   * Those edits themselves, merged per record with the time of the latest: what a page about to unload
   * keeps for the next one (an unloading page never finishes its IndexedDB write; see unsaved-journal.ts).
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
  const { delayMs = 300, maxWaitMs = 2000, onError, now = () => new Date() } = options;
  const pending = new Map<string, Pending>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | null = null;
  let lastStamp = 0;
  const inFlight = new Map<Promise<void>, { id: string; entry: Pending }>();

  function schedule(): void {
    const t = now().getTime();
    waitingSince ??= t;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), Math.max(0, Math.min(delayMs, waitingSince + maxWaitMs - t)));
  }

  async function saveOne(id: string, entry: Pending): Promise<void> {
    // Strictly increasing, so a later save of a field always wins over an earlier one from this editor.
    lastStamp = Math.max(entry.at, lastStamp + 1);
    try {
      await save(id, entry.patch, new Date(lastStamp));
    } catch (error) {
      // Keep the edit for the next flush; anything typed meanwhile is newer and wins.
      const newer = pending.get(id);
      pending.set(id, { patch: { ...entry.patch, ...newer?.patch }, at: newer?.at ?? entry.at });
      onError(error, id);
    }
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    waitingSince = null;
    // Each save starts now, not after the previous one: on pagehide there is no later. The per-field
    // stamps make the order in which they land irrelevant.
    for (const [id, entry] of pending) {
      const saving = saveOne(id, entry).finally(() => inFlight.delete(saving));
      inFlight.set(saving, { id, entry });
    }
    pending.clear();
    return Promise.all(inFlight.keys()).then(() => undefined);
  }

  return {
    edit(id, patch) {
      const entry = pending.get(id);
      pending.set(id, { patch: { ...entry?.patch, ...patch }, at: now().getTime() });
      schedule();
    },
    flush,
    unsaved: () => [...new Set([...pending.keys(), ...[...inFlight.values()].map(({ id }) => id)])],
    unsavedEdits() {
      const merged = new Map<string, JournalEntry>();
      // Saves under way first: what is still queued was typed later and wins.
      const entries = [...inFlight.values(), ...[...pending].map(([id, entry]) => ({ id, entry }))];
      for (const { id, entry } of entries) {
        const before = merged.get(id);
        merged.set(id, { id, patch: { ...before?.patch, ...entry.patch }, at: Math.max(before?.at ?? 0, entry.at) });
      }
      return [...merged.values()];
    },
  };
}
