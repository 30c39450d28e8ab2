// The case note an agent puts into the helpdesk's internal note: plain text, so it reads the same in any
// editor (CKEditor, ProseMirror) and when pasted anywhere else.
import type { StepId } from '../framework/steps';
import type { InteractionRecord } from './model';

/** Options of the note: the zone its times are written in (default: the agent's own) and its language. */
export interface CaseNoteOptions {
  timeZone?: string;
  locale?: 'en';
}

/**
 * English words of the note. lib/ has no translations of its own, and a note lands in a helpdesk whose team
 * may read another language than the panel's; the step names are those of `steps.<id>.name` in locales/en.yml.
 */
const EN = {
  title: 'Case note',
  complaint: 'Complaint',
  solution: 'Solution offered',
  outcome: 'Outcome',
  followUp: 'Follow-up',
  steps: 'Steps performed',
  phrases: 'Phrases used',
  none: '—',
  step: {
    listen: 'Listen & Acknowledge',
    empathize: 'Empathize & Apologize',
    clarify: 'Clarify & Confirm',
    solve: 'Offer Solutions & Options',
    act: 'Take Action & Follow Up',
    document: 'Document & Learn',
  } satisfies Record<StepId, string>,
};

/** A field as typed, trimmed; its further lines indented under its label; "—" when empty. */
function field(label: string, text: string): string {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return `${label}: ${lines.length ? lines.join('\n  ') : EN.none}`;
}

/** `Thursday, 10 December 2026`: a date-only value, the same day in every zone. */
function followUpDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat('en-GB', {
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
export function caseNote(record: InteractionRecord, options: CaseNoteOptions = {}): string {
  const zone = { timeZone: options.timeZone } as const;
  const time = new Intl.DateTimeFormat('en-GB', { ...zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = new Intl.DateTimeFormat('en-GB', { ...zone, day: 'numeric', month: 'short' });
  const steps = [...record.steps].sort((a, b) => a.at.localeCompare(b.at));
  const days = new Set(steps.map((s) => day.format(new Date(s.at))));
  const when = (at: string) => {
    const date = new Date(at);
    return days.size > 1 ? `${day.format(date)}, ${time.format(date)}` : time.format(date);
  };
  const { notes } = record;
  return [
    EN.title,
    field(EN.complaint, notes.complaint),
    field(EN.solution, notes.solution),
    field(EN.outcome, notes.outcome),
    `${EN.followUp}: ${notes.followUpDate ? followUpDate(notes.followUpDate) : EN.none}`,
    steps.length ? `${EN.steps}:` : `${EN.steps}: ${EN.none}`,
    ...steps.map((s) => `- ${EN.step[s.step]} — ${when(s.at)}`),
    `${EN.phrases}: ${record.phrases.length}`,
  ].join('\n');
}
