import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GuidanceView } from '@/entrypoints/sidepanel/components/GuidanceView';
import type { Conversation, Message } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';

const message = (id: string, role: Message['role'], text: string, at: string | null): Message => ({
  id,
  role,
  author: role === 'customer' ? 'Dana' : 'Sam',
  internal: false,
  text,
  at,
  channel: null,
  attachments: [],
});

const conversation: Conversation = {
  helpdesk: 'zendesk',
  id: '4711',
  subject: 'Charged twice',
  customer: { name: 'Dana', email: null },
  channel: 'email',
  messages: [
    message('m1', 'customer', 'You charged me twice. Ridiculous!', '2026-11-22T09:00:00Z'),
    message('m2', 'agent', 'I understand how frustrating that is.', '2026-11-22T09:05:00Z'),
    message('m3', 'customer', 'Refund me today or I cancel.', '2026-11-22T09:07:00Z'),
  ],
};

const guidance: Guidance = {
  step: 'empathize',
  reason: 'You acknowledged the problem but have not apologised yet.',
  completed: [{ step: 'listen', messageId: 'm2', evidence: 'I understand how frustrating that is' }],
  signals: [
    { kind: 'angry', messageId: 'm1', evidence: 'Ridiculous!' },
    { kind: 'churn-risk', messageId: 'm3', evidence: 'or I cancel' },
  ],
};

describe('GuidanceView', () => {
  it('says the guidance rests on the loaded messages when earlier ones are hidden in the helpdesk', () => {
    const { rerender } = render(<GuidanceView conversation={conversation} guidance={guidance} />);
    expect(screen.queryByRole('note')).toBeNull();
    rerender(<GuidanceView conversation={{ ...conversation, earlierHidden: true }} guidance={guidance} />);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Based on the 3 loaded messages; load earlier ones in Zendesk to include them.',
    );
  });

  it('names the step, its action and goal, and why', () => {
    render(<GuidanceView conversation={conversation} guidance={guidance} />);
    const step = screen.getByRole('region', { name: 'Empathize & Apologize' });
    expect(step).toHaveTextContent('step 2 of 6');
    expect(step).toHaveTextContent('Defuse anger, build trust.');
    expect(screen.getByLabelText('Why')).toHaveTextContent('have not apologised yet');
  });

  it('names the other step a close call could have given, and nothing when the call was clear', () => {
    const { rerender } = render(<GuidanceView conversation={conversation} guidance={guidance} />);
    const step = screen.getByRole('region', { name: 'Empathize & Apologize' });
    expect(step).not.toHaveTextContent('close call');
    rerender(<GuidanceView conversation={conversation} guidance={{ ...guidance, alternative: 'clarify' }} />);
    expect(step).toHaveTextContent('or Clarify & Confirm (a close call)');
  });

  it('ticks what the agent did, with the time and the words, and marks the next step', () => {
    render(<GuidanceView conversation={conversation} guidance={guidance} />);
    const checklist = screen.getByRole('list', { name: 'Framework checklist' });
    const items = within(checklist).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[0]).toHaveTextContent(/Listen & Acknowledge.*Done \d{2}:\d{2}/);
    expect(items[0]).toHaveTextContent('I understand how frustrating that is');
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items[1]).toHaveTextContent('Next reply');
    expect(items[2]).toHaveTextContent('Not yet');
  });

  it('shows each signal with its evidence on keyboard focus', async () => {
    render(<GuidanceView conversation={conversation} guidance={guidance} />);
    const chips = screen.getByRole('list', { name: 'Customer signals' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((chip) => chip.textContent),
    ).toEqual(['Angry', 'Churn risk']);
    // The step's folded reason comes first, then the chips.
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Angry' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Angry' })).toHaveAccessibleDescription('Why: “Ridiculous!”');
  });

  it('lets the boundary override the steps, quoting the message that triggered it', () => {
    const abusive = {
      ...conversation,
      messages: [
        ...conversation.messages,
        message('m4', 'customer', 'wtf is this', '2026-11-22T09:08:00Z'),
        message('m5', 'customer', 'You idiots, every one of you.', '2026-11-22T09:09:00Z'),
      ],
    };
    const boundary: Guidance = {
      step: 'boundary',
      reason: 'The customer insulted you personally.',
      completed: [],
      // The abusive signal quotes the run's first swearing; the banner quotes what aimed it at the agent.
      signals: [{ kind: 'abusive', messageId: 'm4', evidence: 'wtf' }],
      boundary: { messageId: 'm5', evidence: 'You idiots' },
    };
    render(
      <GuidanceView
        conversation={abusive}
        guidance={boundary}
        slots={{ phrases: <section aria-label="Boundary phrases">Please keep it civil.</section> }}
      />,
    );
    const alert = screen.getByRole('alert', { name: 'Set a boundary' });
    // The words to set the boundary come right under it; the signals above it, all above the fold.
    const phrases = screen.getByRole('region', { name: 'Boundary phrases' });
    expect(alert.nextElementSibling).toBe(phrases);
    expect(alert.previousElementSibling).toBe(screen.getByRole('list', { name: 'Customer signals' }));
    expect(within(alert).getByLabelText('What was said')).toHaveTextContent('You idiots, every one of you.');
    expect(alert).toHaveTextContent('Warn once, calmly');
    expect(alert).toHaveTextContent('involve your supervisor');
    expect(screen.queryByRole('region', { name: /step \d of 6/ })).toBeNull();
    expect(screen.getByRole('list', { name: 'Framework checklist' })).toBeInTheDocument();
  });
});
