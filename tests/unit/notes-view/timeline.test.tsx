import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesView } from '@/entrypoints/notes/components/NotesView';
import { downloadBlob } from '@/components/download';
import { recordInteraction, recordPhraseUse, saveNotes } from '@/lib/notes';
import { toRow, type V3Row } from '@/lib/notes/schema';
import { closeAll, conversation, freshDb, guidance, message, minutes } from '../notes/helpers';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAll();
});

const TICKET = { helpdesk: 'zendesk' as const, account: 'acme', ticketId: '4521' };

async function showTimeline(name: string | RegExp) {
  const user = userEvent.setup();
  const row = await screen.findByRole('listitem', { name });
  await user.click(within(row).getByRole('button', { name: 'Timeline and notes' }));
  return { row, timeline: within(row).getByRole('list', { name: 'Timeline' }) };
}

describe('the timeline beside the notes', () => {
  it('shows the steps with the agent’s words, the signals with the customer’s, the phrases with their text', async () => {
    const db = freshDb();
    await recordInteraction(
      db,
      conversation(),
      guidance({
        completed: [{ step: 'listen', messageId: 'a1', evidence: 'I understand this is frustrating.' }],
        signals: [{ kind: 'angry', messageId: 'c1', evidence: 'Where is my refund?!' }],
      }),
      { at: minutes(10), url: null },
    );
    const text = 'Maria, I am sorry this has taken so long.';
    await recordPhraseUse(
      db,
      TICKET,
      { packId: 'builtin', phraseId: 'emp-1', step: 'empathize', action: 'insert', text },
      minutes(11),
    );
    await saveNotes(db, 'zendesk:acme:4521', { complaint: 'Refund late' }, minutes(12));
    render(<NotesView db={db} download={downloadBlob} />);
    const { row, timeline } = await showTimeline('Refund not received');

    const entries = within(timeline)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(entries).toHaveLength(4);
    // Oldest first: the customer's message (08:50), the agent's reply (08:55), the phrase, the notes.
    expect(entries[0]).toContain('Customer signal: Angry');
    expect(entries[0]).toContain('Customer: “Where is my refund?!”');
    expect(entries[1]).toContain('Step performed: Listen & Acknowledge');
    expect(entries[1]).toContain('Agent: “I understand this is frustrating.”');
    expect(entries[2]).toContain('Phrase inserted (Empathize & Apologize)');
    expect(entries[2]).toContain(`“${text}”`);
    expect(entries[3]).toContain('Step performed: Document & Learn');
    expect(entries[3]).toContain('Recorded when case notes were written here.');
    const times = within(timeline)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('time')!.getAttribute('datetime'));
    expect(times).toEqual([
      '2025-03-10T08:50:00.000Z',
      '2025-03-10T08:55:00.000Z',
      minutes(11).toISOString(),
      minutes(12).toISOString(),
    ]);
    // Beside the editable notes, in the same open record.
    expect(within(row).getByLabelText('Complaint')).toHaveValue('Refund late');
  });

  it('shows an old record as it is and says plainly what was not recorded', async () => {
    const db = freshDb();
    const record = await recordInteraction(db, conversation(), guidance(), { at: minutes(1), url: null });
    // A v3 row as it was upgraded: no opening words, no phrase text, and a v1 step without evidence.
    const old: V3Row = {
      ...toRow(record),
      steps: [{ step: 'listen', at: minutes(2).toISOString(), messageId: 'a1', evidence: null }],
      signals: [{ kind: 'angry', at: minutes(1).toISOString(), messageId: 'c1', evidence: null }],
      phrases: [{ packId: 'builtin', phraseId: 'ack-1', step: 'listen', action: 'copy', at: minutes(3).toISOString() }],
    };
    await db.records.put({ ...old, opening: null, phrases: old.phrases.map((p) => ({ ...p, text: null })) });
    render(<NotesView db={db} download={downloadBlob} />);
    const { timeline } = await showTimeline('Refund not received');
    expect(timeline).toHaveTextContent('The customer’s words were not recorded.');
    expect(timeline).toHaveTextContent('The agent’s words were not recorded.');
    expect(timeline).toHaveTextContent('Phrase copied (Listen & Acknowledge)');
    expect(timeline).toHaveTextContent('The phrase’s text was not recorded');
  });

  it('says when nothing is recorded yet', async () => {
    const db = freshDb();
    await saveNotes(db, 'zendesk:acme:1', { text: 'called back' }, minutes(1));
    render(<NotesView db={db} download={downloadBlob} />);
    const user = userEvent.setup();
    const row = await screen.findByRole('listitem', { name: '(no subject)' });
    await user.click(within(row).getByRole('button', { name: 'Timeline and notes' }));
    expect(within(row).getByRole('region', { name: 'Timeline' })).toHaveTextContent('Nothing recorded yet.');
  });

  it('titles an Intercom conversation without a title by the customer’s opening words, labelled', async () => {
    const db = freshDb();
    const intercom = conversation({
      helpdesk: 'intercom',
      account: 'x',
      id: '215',
      subject: null,
      customer: { name: 'Marco Bellini', email: null },
      messages: [
        {
          ...message('c1', 'customer', 'Hi, my order #48213 was supposed to arrive last Friday.'),
          author: 'Marco Bellini',
        },
      ],
    });
    await recordInteraction(db, intercom, guidance({ completed: [], signals: [] }), { at: minutes(1), url: null });
    render(<NotesView db={db} download={downloadBlob} />);
    expect(
      await screen.findByRole('listitem', {
        name: 'First message: “Hi, my order #48213 was supposed to arrive last Friday.”',
      }),
    ).toHaveTextContent('Customer: Marco Bellini');
  });
});
