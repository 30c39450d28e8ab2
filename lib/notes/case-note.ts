// The case note an agent puts into the helpdesk's internal note: plain text, so it reads the same in any
// editor (CKEditor, ProseMirror) and when pasted anywhere else.
import type { StepId } from '../framework/steps';
import type { InteractionRecord } from './model';

/**
 * Every word of the case note and the locale its dates, times and numbers are written in. lib/ has no
 * translations of its own: the side panel builds this from the locale files and the UI's locale.
 */
/** The labels of a case note, in the order it shows them; each is `caseNote.note.<label>` in the locale files. */
export const CASE_NOTE_LABELS = ['title', 'complaint', 'solution', 'outcome', 'followUp', 'steps', 'phrases'] as const;
export type CaseNoteLabel = (typeof CASE_NOTE_LABELS)[number];

export interface CaseNoteText {
  /** A BCP 47 locale ("es-MX"): the UI's, which is what the agent who inserts the note reads. */
  locale: string;
  stepName(step: StepId): string;
  labels: Record<CaseNoteLabel, string>;
}

/** Every label of a case note, each worded by `word`. */
export const caseNoteLabels = (word: (label: CaseNoteLabel) => string): CaseNoteText['labels'] =>
  Object.fromEntries(CASE_NOTE_LABELS.map((label) => [label, word(label)])) as CaseNoteText['labels'];

/** Options of the note: the zone its times are written in (default: the agent's own). */
export interface CaseNoteOptions {
  timeZone?: string;
}

/** What an empty field shows: a mark, not a word, so it needs no translation. */
const NONE = '—';

/** A field as typed, trimmed; its further lines indented under its label; "—" when empty. */
function field(label: string, text: string): string {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return `${label}: ${lines.length ? lines.join('\n  ') : NONE}`;
}

/** `Thursday, 10 December 2026`: a date-only value, the same day in every zone. */
function followUpDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * The case note of a record: complaint, solution offered, outcome, follow-up, the steps performed with the
 * local time of each (with the date too when the steps span more than one day) and how many phrases were used.
 */
export function caseNote(record: InteractionRecord, text: CaseNoteText, options: CaseNoteOptions = {}): string {
  const { locale, labels } = text;
  const zone = { timeZone: options.timeZone } as const;
  const time = new Intl.DateTimeFormat(locale, { ...zone, hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(locale, { ...zone, day: 'numeric', month: 'short' });
  const steps = [...record.steps].sort((a, b) => a.at.localeCompare(b.at));
  const days = new Set(steps.map((s) => day.format(new Date(s.at))));
  const when = (at: string) => {
    const date = new Date(at);
    return days.size > 1 ? `${day.format(date)}, ${time.format(date)}` : time.format(date);
  };
  const { notes } = record;
  return [
    labels.title,
    field(labels.complaint, notes.complaint),
    field(labels.solution, notes.solution),
    field(labels.outcome, notes.outcome),
    `${labels.followUp}: ${notes.followUpDate ? followUpDate(notes.followUpDate, locale) : NONE}`,
    steps.length ? `${labels.steps}:` : `${labels.steps}: ${NONE}`,
    ...steps.map((s) => `- ${text.stepName(s.step)} — ${when(s.at)}`),
    `${labels.phrases}: ${new Intl.NumberFormat(locale).format(record.phrases.length)}`,
  ].join('\n');
}
