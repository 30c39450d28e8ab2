import { i18n } from '#i18n';
import type { MarkdownText, Status } from '@/lib/notes';
import { helpdeskName, signalName } from '@/components/labels';
import { uiLocale } from '@/components/ui-locale';
import { errorText } from '@/lib/error-text';

const STATUS_KEYS = {
  open: 'notes.status.open',
  'follow-up': 'notes.status.followUp',
  resolved: 'notes.status.resolved',
} as const satisfies Record<Status, string>;

export const STATUSES = Object.keys(STATUS_KEYS) as Status[];
export const statusName = (status: Status): string => i18n.t(STATUS_KEYS[status]);

/** An instant as the agent's clock and calendar show it. */
export const formatTime = (instant: string): string =>
  new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));

/** Bytes for people: "12 KB", "3.4 MB". */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(uiLocale(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The Markdown export's words, from the locale (lib/notes has no translations of its own). */
export function markdownText(): MarkdownText {
  return {
    ticket: (helpdesk, ticketId) => i18n.t('notes.markdown.ticket', [helpdeskName(helpdesk), ticketId]),
    stepName: (step) => i18n.t(`steps.${step}.name`),
    signalName,
    statusName,
    phraseAction: (action) => i18n.t(action === 'insert' ? 'notes.markdown.insert' : 'notes.markdown.copy'),
    // The agent's own zone, named beside every time in the file (lib/notes/export/zoned-time.ts).
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: uiLocale(),
    labels: {
      customer: i18n.t('notes.markdown.customer'),
      status: i18n.t('notes.markdown.status'),
      started: i18n.t('notes.markdown.started'),
      updated: i18n.t('notes.markdown.updated'),
      followUp: i18n.t('notes.markdown.followUp'),
      tags: i18n.t('notes.markdown.tags'),
      link: i18n.t('notes.markdown.link'),
      complaint: i18n.t('notes.markdown.complaint'),
      solution: i18n.t('notes.markdown.solution'),
      outcome: i18n.t('notes.markdown.outcome'),
      notes: i18n.t('notes.markdown.notes'),
      steps: i18n.t('notes.markdown.steps'),
      signals: i18n.t('notes.markdown.signals'),
      phrases: i18n.t('notes.markdown.phrases'),
      opening: i18n.t('notes.markdown.opening'),
      notRecorded: i18n.t('notes.markdown.notRecorded'),
    },
  };
}

/**
 * An error for people: a QuotaError or a NotSavedError (another tab's newer edit) gets the localised
 * explanation, anything else its own message.
 */
export function failureText(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'quota') return i18n.t('notes.save.quota');
  if (code === 'conflict') return i18n.t('notes.save.conflict');
  return errorText(error);
}
