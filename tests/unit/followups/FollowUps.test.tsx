// The panel's follow-ups, by role and label: the promise in the agent's latest reply set as a reminder in
// one click (which also sets the quick notes' follow-up date), removed again, and the due list's links.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FollowUps } from '@/entrypoints/sidepanel/components/followups/FollowUps';
import { followupsDb } from '@/entrypoints/sidepanel/components/followups/followups-db';
import { getReminder, saveReminder } from '@/lib/followups';
import { openNotesDb, saveNotes } from '@/lib/notes';
import { conversation, message } from '../notes/helpers';

const notes = openNotesDb('followups-panel-notes');
/** Lets the panel's reads of both databases land inside act(), as they would before the agent looks. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 100)));
afterEach(async () => {
  await settle();
  await followupsDb().reminders.clear();
  await notes.records.clear();
});

// Wednesday 2 December 2026: the reply was sent at 10:30 local, the panel looks at 11:00.
const SENT = new Date(2026, 11, 2, 10, 30);
const NOW = new Date(2026, 11, 2, 11, 0);
const ID = 'zendesk:acme:4521';
const promising = conversation({
  messages: [
    message('c1', 'customer', 'I was charged twice!', SENT.toISOString()),
    message('a1', 'agent', 'Sorry about that. I’ll update you by Friday once billing confirms.', SENT.toISOString()),
  ],
});

async function renderFollowUps(props: Partial<Parameters<typeof FollowUps>[0]> = {}) {
  const schedule = vi.fn(async () => null);
  const onFollowUpDate = vi.fn();
  render(
    <FollowUps
      conversation={promising}
      recordId={ID}
      notes={notes}
      followUpDate=""
      onFollowUpDate={onFollowUpDate}
      schedule={schedule}
      now={() => NOW}
      {...props}
    />,
  );
  await settle();
  return { schedule, onFollowUpDate };
}

describe('FollowUps', () => {
  it('proposes the promised update and sets the reminder in one click', async () => {
    const { schedule, onFollowUpDate } = await renderFollowUps();
    expect(screen.getByText(/^You promised an update by Friday/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Set a reminder for Friday/ }));
    await settle();
    expect(await screen.findByRole('status')).toHaveTextContent(/^Reminder set for Friday.*(17:00|05:00\sPM)/);
    expect(await getReminder(followupsDb(), ID)).toMatchObject({
      at: new Date(2026, 11, 4, 17).toISOString(),
      words: 'by Friday',
      title: 'Refund not received',
    });
    expect(schedule).toHaveBeenCalledWith(ID);
    expect(onFollowUpDate).toHaveBeenCalledWith('2026-12-04');
  });

  it('removes the reminder, and the follow-up date it set', async () => {
    await saveReminder(followupsDb(), {
      recordId: ID,
      at: new Date(2026, 11, 4, 17).toISOString(),
      url: null,
      title: null,
      words: 'by Friday',
      createdAt: SENT.toISOString(),
      firedAt: null,
    });
    const { schedule, onFollowUpDate } = await renderFollowUps({ followUpDate: '2026-12-04' });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove reminder' }));
    await settle();
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(await getReminder(followupsDb(), ID)).toBeUndefined();
    expect(schedule).toHaveBeenCalledWith(ID);
    expect(onFollowUpDate).toHaveBeenCalledWith('');
  });

  it('proposes nothing for a reply without a promise, or a promise in an internal note', async () => {
    const internal = {
      ...message('n1', 'agent', 'I’ll ask Finance by 3pm tomorrow.', SENT.toISOString()),
      internal: true,
    };
    await renderFollowUps({
      conversation: conversation({
        messages: [message('a1', 'agent', 'Can you tell us more?', SENT.toISOString()), internal],
      }),
    });
    await waitFor(() => expect(screen.queryByRole('button')).not.toBeInTheDocument());
    expect(screen.queryByText(/You promised/)).not.toBeInTheDocument();
  });

  it('lists follow-ups due and overdue, each a link to its ticket', async () => {
    await saveNotes(notes, 'zendesk:acme:77', { followUpDate: '2026-12-01' }, SENT);
    await notes.records.update('zendesk:acme:77', {
      subject: 'Invoice copies',
      url: 'https://acme.zendesk.com/agent/tickets/77',
    });
    await renderFollowUps();
    const list = await screen.findByRole('region', { name: 'Follow-ups due / overdue' });
    const link = await waitFor(() => {
      const found = list.querySelector('a');
      expect(found).not.toBeNull();
      return found!;
    });
    expect(screen.getByRole('link', { name: 'Invoice copies' })).toBe(link);
    expect(link).toHaveAttribute('href', 'https://acme.zendesk.com/agent/tickets/77');
    expect(list).toHaveTextContent(/overdue since Tuesday/);
  });
});
