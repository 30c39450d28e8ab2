import { i18n } from '#i18n';
import type { Conversation } from '@/lib/conversation';
import { sendMessage, sendToTab } from '@/lib/messaging';
import { recordPhraseUse, ticketOf } from '@/lib/notes';
import type { OfferedPhrase } from '@/lib/packs';
import { notesDb } from './notes-db';

const REASONS: Record<string, string> = {
  'composer-not-found': 'phrases.reasons.composerNotFound',
  'editor-read-only': 'phrases.reasons.readOnly',
};

function reasonText(reason: string): string {
  const key = REASONS[reason];
  return key ? i18n.t(key as 'phrases.reasons.readOnly') : i18n.t('phrases.reasons.other', [reason]);
}

/**
 * Records the use with the interaction, with the words that went into the reply (`text`, variables filled),
 * so the notes show what was said; a failure to record must not undo what the agent did.
 */
function record(conversation: Conversation, phrase: OfferedPhrase, action: 'insert' | 'copy', text: string): void {
  // Keyed like every record of this conversation, account included (lib/notes/key.ts).
  recordPhraseUse(notesDb(), ticketOf(conversation), {
    packId: phrase.packId,
    phraseId: phrase.phraseId,
    step: phrase.step,
    action,
    text,
  }).catch((error: unknown) => console.error('Steadyhand: could not record the phrase use', error));
}

/** Puts the phrase into the reply editor of the tab (never sends); returns what to tell the agent. */
export async function insertPhrase(tabId: number, conversation: Conversation, phrase: OfferedPhrase, text: string) {
  try {
    const result = await sendToTab(tabId, 'composer:insert', { text });
    if (!result.ok) return { tone: 'error' as const, message: i18n.t('phrases.failed', [reasonText(result.reason)]) };
  } catch {
    // Nobody answered: the content script went silent (the page navigated, or an update orphaned it). Ask
    // the background to check the tab; what it finds replaces the guidance shown (tab:changed).
    sendMessage('tab:recheck', { tabId }).catch((error: unknown) =>
      console.error('Steadyhand: could not recheck the tab', error),
    );
    return { tone: 'error' as const, message: i18n.t('phrases.failed', [i18n.t('phrases.reasons.notConnected')]) };
  }
  record(conversation, phrase, 'insert', text);
  return { tone: 'ok' as const, message: i18n.t('phrases.inserted') };
}

/** Puts the phrase on the clipboard; with no conversation (a page the panel cannot read) there is nothing to record. */
export async function copyPhrase(conversation: Conversation | null, phrase: OfferedPhrase, text: string) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    return { tone: 'error' as const, message: i18n.t('phrases.copyFailed') };
  }
  if (conversation) record(conversation, phrase, 'copy', text);
  return { tone: 'ok' as const, message: i18n.t('phrases.copied') };
}
