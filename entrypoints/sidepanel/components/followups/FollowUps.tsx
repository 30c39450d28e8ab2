import { useEffect, useMemo, useState } from 'react';
import './followups.css';
import type { Conversation } from '@/lib/conversation';
import { errorText } from '@/lib/error-text';
import {
  deleteReminder,
  dueFollowUps,
  getReminder,
  localDay,
  saveReminder,
  type DueFollowUp,
  type Reminder,
} from '@/lib/followups';
import { sendMessage } from '@/lib/messaging';
import { getRecord, type NotesDb } from '@/lib/notes';
import { DueFollowUps } from './DueFollowUps';
import { FollowUpProposal } from './FollowUpProposal';
import { followupsDb } from './followups-db';
import { latestPromise } from './latest-promise';

export interface FollowUpsProps {
  conversation: Conversation;
  recordId: string;
  notes: NotesDb;
  /** The quick notes' follow-up date (YYYY-MM-DD or ''), and how to change it (the notes' own autosave). */
  followUpDate: string;
  onFollowUpDate(date: string): void;
  /** Asks the background to (re)schedule the ticket's alarm; a message in the extension. */
  schedule?: (recordId: string) => Promise<unknown>;
  now?: () => Date;
}

const askBackground = (recordId: string) => sendMessage('followup:schedule', { recordId });

/**
 * The panel's follow-ups: the promise in the agent's latest reply, set as a reminder in one click (which also
 * sets the quick notes' follow-up date, so the notes page sees it), and the follow-ups due or overdue.
 */
export function FollowUps({
  conversation,
  recordId,
  notes,
  followUpDate,
  onFollowUpDate,
  schedule = askBackground,
  now = () => new Date(),
}: FollowUpsProps) {
  const [reminder, setReminder] = useState<Reminder | null>(null);
  const [due, setDue] = useState<DueFollowUp[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Re-read after every change of a reminder or of the follow-up date, so the list says what is stored.
  const [version, setVersion] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `now` is read once per conversation change
  const promise = useMemo(() => latestPromise(conversation, now()), [conversation]);

  useEffect(() => {
    let current = true;
    Promise.all([getReminder(followupsDb(), recordId), dueFollowUps(notes, followupsDb(), now())]).then(
      ([stored, items]) => {
        if (!current) return;
        setReminder(stored ?? null);
        setDue(items);
      },
      (failure: unknown) => current && setError(errorText(failure)),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `now` is a clock, not a dependency
  }, [recordId, notes, version, followUpDate]);

  const change = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await schedule(recordId);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
      setVersion((v) => v + 1);
    }
  };

  const set = () =>
    change(async () => {
      if (!promise) return;
      const record = await getRecord(notes, recordId);
      const stored = await saveReminder(followupsDb(), {
        recordId,
        at: promise.at.toISOString(),
        url: record?.url ?? null,
        title: conversation.subject ?? record?.subject ?? null,
        words: promise.words,
        createdAt: now().toISOString(),
        firedAt: null,
      });
      setReminder(stored);
      onFollowUpDate(localDay(promise.at));
    });

  const remove = () =>
    change(async () => {
      if (!reminder) return;
      await deleteReminder(followupsDb(), recordId);
      setReminder(null);
      // The date the reminder set goes with it; a date the agent typed themselves stays.
      if (followUpDate === localDay(new Date(reminder.at))) onFollowUpDate('');
    });

  return (
    <>
      <FollowUpProposal
        promise={promise}
        reminder={reminder && { at: new Date(reminder.at) }}
        busy={busy}
        error={error}
        onSet={() => void set()}
        onRemove={() => void remove()}
      />
      <DueFollowUps items={due} />
    </>
  );
}
