import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { FollowUps } from '@/entrypoints/sidepanel/components/followups/FollowUps';
import { QuickNotes, type QuickNotesDraft } from '@/entrypoints/sidepanel/components/notes/QuickNotes';
import type { Conversation } from '@/lib/conversation';
import { getRecord, recordId, ticketOf } from '@/lib/notes';
import { autosave, draftOf } from './notes-autosave';
import { notesDb } from './notes-db';
import { panelStore, usePanelStore } from './store';

/** The quick notes of the conversation on screen, loaded from its record and autosaved. */
export function QuickNotesPanel({ conversation }: { conversation: Conversation }) {
  // The account is part of the key: ticket 4211 of two Zendesk accounts are two records.
  const id = recordId(ticketOf(conversation));
  const notesFor = usePanelStore((state) => state.notesFor);
  const draft = usePanelStore((state) => state.draft);
  const saveState = usePanelStore((state) => state.saveState);

  useEffect(() => {
    let current = true;
    getRecord(notesDb(), id).then(
      (record) => current && panelStore.getState().loadNotes(id, draftOf(record)),
      (error: unknown) => current && panelStore.getState().setSaveState({ kind: 'failed', message: String(error) }),
    );
    // Leaving this conversation: what was typed for it is saved now, not lost to the next one.
    return () => {
      current = false;
      void autosave.flush();
    };
  }, [id]);

  const edit = (patch: Partial<QuickNotesDraft>) => {
    panelStore.getState().editNotes(patch);
    panelStore.getState().setSaveState({ kind: 'saving' });
    const { followUpDate, ...text } = patch;
    autosave.edit(id, followUpDate === undefined ? text : { ...text, followUpDate: followUpDate || null });
  };

  if (notesFor !== id) return null;
  return (
    <>
      {/* Follow-ups (issue 14): a reminder sets the follow-up date below, through the same autosave. */}
      <FollowUps
        conversation={conversation}
        recordId={id}
        notes={notesDb()}
        followUpDate={draft.followUpDate}
        onFollowUpDate={(followUpDate) => edit({ followUpDate })}
      />
      <QuickNotes draft={draft} saveState={saveState} notesUrl={browser.runtime.getURL('/notes.html')} onEdit={edit} />
    </>
  );
}
