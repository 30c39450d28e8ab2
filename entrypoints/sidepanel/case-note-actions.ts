import { i18n } from '#i18n';
import type { PhraseStatus } from '@/entrypoints/sidepanel/components/ActionStatus';
import type { QuickNotesDraft } from '@/entrypoints/sidepanel/components/notes/QuickNotes';
import { errorText } from '@/lib/error-text';
import { sendMessage, sendToTab } from '@/lib/messaging';
import { getRecord, parseRecordId } from '@/lib/notes';
import { caseNote, caseNoteLabels, type CaseNoteText } from '@/lib/notes/case-note';
import { emptyRecord } from '@/lib/notes/model';
import { uiLocale } from '@/components/ui-locale';
import { notesDb } from './notes-db';

/** The refusals the agent can act on, in their words; anything else is named by its code. */
const REASONS: Record<string, string> = {
  'not-internal-note': 'caseNote.switchFirst',
  'mode-unknown': 'caseNote.modeUnknown',
};

/** The case note's words from the locale files, its dates and numbers in the UI's locale. */
function caseNoteWords(): CaseNoteText {
  return {
    locale: uiLocale(),
    stepName: (step) => i18n.t(`steps.${step}.name`),
    labels: caseNoteLabels((label) => i18n.t(`caseNote.note.${label}`)),
  };
}

/**
 * The case note of a record: what is stored (steps, phrases used) with the fields as they are on screen, which
 * the autosave may not have written yet. A ticket without a record yet has only what is on screen.
 */
export async function caseNoteText(recordId: string, draft: QuickNotesDraft): Promise<string> {
  const stored = await getRecord(notesDb(), recordId);
  const record = stored ?? emptyRecord(parseRecordId(recordId), new Date().toISOString());
  const { complaint, solution, outcome, followUpDate } = draft;
  return caseNote(
    { ...record, notes: { ...record.notes, complaint, solution, outcome, followUpDate: followUpDate || null } },
    caseNoteWords(),
  );
}

/**
 * Puts the case note into the tab's internal-note editor, the way phrases go (never sent). The content script
 * refuses while the editor writes a public reply, so the note can only land where the team alone sees it.
 */
export async function insertCaseNote(tabId: number, text: string): Promise<PhraseStatus> {
  try {
    const result = await sendToTab(tabId, 'composer:insert', { text, into: 'internal-note' });
    if (result.ok) return { tone: 'ok', message: i18n.t('caseNote.inserted') };
    const key = REASONS[result.reason];
    if (key) return { tone: 'error', message: i18n.t(key as 'caseNote.switchFirst') };
    return { tone: 'error', message: i18n.t('caseNote.failed', [result.reason]) };
  } catch {
    // Nobody answered (the page navigated, or an update orphaned the content script): as for phrases, ask the
    // background to check the tab; what it finds replaces what the panel shows.
    sendMessage('tab:recheck', { tabId }).catch((error: unknown) =>
      console.error('Steadyhand: could not recheck the tab', error),
    );
    return { tone: 'error', message: i18n.t('caseNote.failed', [i18n.t('phrases.reasons.notConnected')]) };
  }
}

/** Puts the case note on the clipboard as plain text: it pastes the same into any helpdesk or tool. */
export async function copyCaseNote(text: string): Promise<PhraseStatus> {
  try {
    await navigator.clipboard.writeText(text);
    return { tone: 'ok', message: i18n.t('caseNote.copied') };
  } catch {
    return { tone: 'error', message: i18n.t('caseNote.copyFailed') };
  }
}

/** What to say when the record could not be read. */
export const loadFailed = (error: unknown): PhraseStatus => ({
  tone: 'error',
  message: i18n.t('caseNote.loadFailed', [errorText(error)]),
});
