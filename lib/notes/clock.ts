// Times later than now. Merges are last-write-wins on edit times and the list sorts on `updatedAt`, so a
// time in the future (an imported file, a clock that was ahead) would make every real edit lose, pin the
// record to the top of the list and keep retention from ever reaching it. Nothing here deletes a value:
// only times move.
import { canonical } from './merge';
import { EDITABLE, type InteractionRecord } from './model';

/**
 * How far ahead of this machine's clock an imported time may be and still be taken as it is: two machines'
 * clocks differ by seconds, rarely by minutes, and an export moved from one to the other at once must
 * import unchanged. Anything further ahead is a wrong clock or a made-up file.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** Every instant of the record passed through `move` (which returns the instant, or what replaces it). */
function mapInstants(record: InteractionRecord, move: (instant: string) => string): InteractionRecord {
  return {
    ...record,
    seenAt: record.seenAt === null ? null : move(record.seenAt),
    startedAt: move(record.startedAt),
    updatedAt: move(record.updatedAt),
    steps: record.steps.map((s) => ({ ...s, at: move(s.at) })),
    signals: record.signals.map((s) => ({ ...s, at: move(s.at) })),
    phrases: record.phrases.map((p) => ({ ...p, at: move(p.at) })),
  };
}

/** The record's edit times passed through `move` (a field never edited stays null). */
function mapEditTimes(record: InteractionRecord, move: (at: string) => string | null): InteractionRecord['editedAt'] {
  const editedAt = { ...record.editedAt };
  for (const field of EDITABLE) {
    const at = editedAt[field];
    if (at !== null) editedAt[field] = move(at);
  }
  return editedAt;
}

/** `instant`, or `to` when it is later. */
const notAfter = (to: string) => (instant: string) => (instant > to ? to : instant);

/** Every instant of the record, edit times included. */
function instants(record: InteractionRecord): string[] {
  const all: string[] = [];
  mapInstants(record, (instant) => (all.push(instant), instant));
  return [...all, ...EDITABLE.flatMap((field) => record.editedAt[field] ?? [])];
}

/**
 * An imported record whose times go past `now` plus CLOCK_SKEW_MS, with every time later than `now` set to
 * `now` (all of them, so that started ≤ updated still holds), and how many moved. Clamped rather than
 * refused: the file's notes are the agent's work and the product keeps them; only their times were wrong,
 * and `now`, the import, is the latest they can honestly claim. Edit times are clamped too, so imported
 * notes still win over older ones stored here, as an import of newer notes should.
 */
export function clampImported(record: InteractionRecord, now: Date): { record: InteractionRecord; moved: number } {
  const limit = new Date(now.getTime() + CLOCK_SKEW_MS).toISOString();
  const to = now.toISOString();
  const all = instants(record);
  if (!all.some((instant) => instant > limit)) return { record, moved: 0 };
  const move = notAfter(to);
  const moved = all.filter((instant) => instant > to).length;
  return { record: canonical({ ...mapInstants(record, move), editedAt: mapEditTimes(record, move) }), moved };
}

/**
 * A stored record as a write at `now` must see it. A time later than now cannot be real: the record's own
 * times (read, started, updated, steps, signals, phrases) are brought back to now, so it neither stays at
 * the top of the list nor escapes retention; an edit time later than now is dropped (the value stays), so
 * the next edit of that field, local or imported, wins whatever time was stored.
 */
export function settleFuture(record: InteractionRecord, now: Date): InteractionRecord {
  const to = now.toISOString();
  const editedAt = mapEditTimes(record, (at) => (at > to ? null : at));
  return canonical({ ...mapInstants(record, notAfter(to)), editedAt });
}
