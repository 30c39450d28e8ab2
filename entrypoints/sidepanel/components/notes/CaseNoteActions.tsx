import { useState } from 'react';
import { i18n } from '#i18n';
import { caseNoteText, copyCaseNote, insertCaseNote, loadFailed } from '@/entrypoints/sidepanel/case-note-actions';
import { panelStore, usePanelStore } from '@/entrypoints/sidepanel/store';
import type { PhraseStatus } from '@/entrypoints/sidepanel/components/ActionStatus';

/**
 * The case note of the ticket on screen, where the team already works: into the helpdesk's internal note
 * (refused while the editor writes a public reply), or copied as plain text. What became of it is said on the
 * panel's status line, like phrases.
 */
export function CaseNoteActions() {
  const tabId = usePanelStore((state) => state.tabId);
  const recordId = usePanelStore((state) => state.notesFor);
  const [busy, setBusy] = useState(false);

  const run = async (action: (text: string) => Promise<PhraseStatus>) => {
    if (recordId === null) return;
    const { draft, setStatus } = panelStore.getState();
    setBusy(true);
    try {
      let text: string;
      try {
        text = await caseNoteText(recordId, draft);
      } catch (error) {
        return setStatus(loadFailed(error));
      }
      setStatus(await action(text));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="case-note-actions">
      <button
        type="button"
        className="button"
        disabled={busy || tabId === null || recordId === null}
        onClick={() => tabId !== null && void run((text) => insertCaseNote(tabId, text))}
      >
        {i18n.t('caseNote.insert')}
      </button>{' '}
      <button
        type="button"
        className="button"
        disabled={busy || recordId === null}
        onClick={() => void run(copyCaseNote)}
      >
        {i18n.t('caseNote.copy')}
      </button>
    </div>
  );
}
