import type { HelpdeskId } from '../../conversation/model';
import type { SignalKind } from '../../framework/guidance';
import type { GuidanceStep } from '../../framework/steps';
import type { InteractionRecord, PhraseUse, Status } from '../model';
import { zonedTime } from './zoned-time';

/**
 * Every word of the Markdown that people read, and the locale its dates and times are written in. lib/ has no
 * translations of its own: the notes view builds this from `@wxt-dev/i18n` (step names are `steps.<id>.name`
 * there already) and the UI's locale.
 */
export interface MarkdownText {
  /** The record's heading, e.g. "Zendesk ticket 4521". */
  ticket(helpdesk: HelpdeskId, ticketId: string): string;
  stepName(step: GuidanceStep): string;
  signalName(kind: SignalKind): string;
  statusName(status: Status): string;
  phraseAction(action: PhraseUse['action']): string;
  /** The IANA zone every time is written in, named beside each (`Europe/Madrid`): the agent's own. */
  timeZone: string;
  /** The BCP 47 locale dates and times are written in ("es-MX"): the UI's. */
  locale: string;
  labels: Record<
    | 'customer'
    | 'status'
    | 'started'
    | 'updated'
    | 'followUp'
    | 'tags'
    | 'link'
    | 'complaint'
    | 'solution'
    | 'outcome'
    | 'notes'
    | 'steps'
    | 'signals'
    | 'phrases'
    /** Before the opening words that stand in for a missing subject: "First message". */
    | 'opening'
    /** Where the words of a step, signal or phrase were not recorded (records from before they were). */
    | 'notRecorded',
    string
  >;
}

// Text the agent or the customer wrote must read as text, not become a heading, list, link or HTML.
const INLINE = /[\\`*_[\]<>|~]/g;

function escapeLine(line: string): string {
  return line
    .replace(INLINE, '\\$&')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** One line (headings, list items): line breaks become spaces. */
const inline = (text: string) => escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());

/** Paragraphs as typed, line breaks kept as hard breaks; indentation dropped (it would make code blocks). */
const block = (text: string) =>
  text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => escapeLine(line.trim()))
        .join('  \n'),
    )
    .join('\n\n');

const quote = (evidence: string | null) => (evidence ? ` — “${inline(evidence)}”` : '');

/** The subject; else the opening words, labelled as what they are; else nothing. */
function about(r: InteractionRecord, l: MarkdownText['labels']): string {
  if (r.subject) return ` — ${r.subject}`;
  return r.opening ? ` — ${l.opening}: “${r.opening}”` : '';
}

/** A phrase use: its words when recorded, then how it was used and which phrase it was. */
function phraseLine(p: PhraseUse, t: MarkdownText, time: string): string {
  const id = inline(`${p.packId} / ${p.phraseId}`);
  const words = p.text ? `“${inline(p.text)}” ` : '';
  const missing = p.text ? '' : `; ${t.labels.notRecorded}`;
  return `- ${words}(${t.phraseAction(p.action)}: ${id}${missing}) — ${time}`;
}

/** A date-only value (`2025-03-12`) as `locale` writes it: the same day in every zone. */
function day(date: string, locale: string): string {
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  if (!year || !month || !dayOfMonth) return date;
  const utc = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(utc);
}

export function recordMarkdown(r: InteractionRecord, t: MarkdownText): string {
  const l = t.labels;
  const time = (instant: string) => zonedTime(instant, t.timeZone, t.locale);
  const out: string[] = [];
  out.push(`## ${inline(t.ticket(r.helpdesk, r.ticketId) + about(r, l))}`, '');
  if (r.customerName) out.push(`- **${l.customer}:** ${inline(r.customerName)}`);
  out.push(`- **${l.status}:** ${t.statusName(r.status)}`);
  out.push(`- **${l.started}:** ${time(r.startedAt)} · **${l.updated}:** ${time(r.updatedAt)}`);
  if (r.notes.followUpDate) out.push(`- **${l.followUp}:** ${day(r.notes.followUpDate, t.locale)}`);
  if (r.notes.tags.length) out.push(`- **${l.tags}:** ${r.notes.tags.map(inline).join(', ')}`);
  if (r.url) out.push(`- **${l.link}:** <${r.url.replace(/[\s<>]/g, encodeURIComponent)}>`);
  const sections: Array<[string, string]> = [
    [l.complaint, r.notes.complaint],
    [l.solution, r.notes.solution],
    [l.outcome, r.notes.outcome],
    [l.notes, r.notes.text],
  ];
  for (const [title, text] of sections) if (text.trim()) out.push('', `### ${title}`, '', block(text));
  if (r.steps.length) {
    out.push('', `### ${l.steps}`, '');
    for (const s of r.steps) out.push(`- ${t.stepName(s.step)} — ${time(s.at)}${quote(s.evidence)}`);
  }
  if (r.signals.length) {
    out.push('', `### ${l.signals}`, '');
    for (const s of r.signals) out.push(`- ${t.signalName(s.kind)} — ${time(s.at)}${quote(s.evidence)}`);
  }
  if (r.phrases.length) {
    out.push('', `### ${l.phrases}`, '');
    for (const p of r.phrases) out.push(phraseLine(p, t, time(p.at)));
  }
  return out.join('\n') + '\n';
}

/** Case notes, one section per record, separated by rules. */
export async function* markdownExport(
  chunks: AsyncIterable<InteractionRecord[]>,
  text: MarkdownText,
): AsyncGenerator<string> {
  let first = true;
  for await (const records of chunks) {
    for (const record of records) {
      yield (first ? '' : '\n---\n\n') + recordMarkdown(record, text);
      first = false;
    }
  }
}
