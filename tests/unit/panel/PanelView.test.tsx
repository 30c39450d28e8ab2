import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelView } from '@/entrypoints/sidepanel/components/PanelView';
import type { Conversation } from '@/lib/conversation';
import type { Diagnostic } from '@/lib/helpdesk/diagnostic-schema';
import type { TabView } from '@/lib/messaging';

const conversation: Conversation = {
  helpdesk: 'zendesk',
  id: '4711',
  subject: 'Charged twice',
  customer: { name: 'Dana Whitfield', email: 'dana@example.com' },
  channel: 'email',
  messages: [
    {
      id: 'm1',
      role: 'customer',
      author: 'Dana Whitfield',
      internal: false,
      text: 'I was charged twice.',
      at: null,
      channel: 'email',
      attachments: [],
    },
    {
      id: 'm2',
      role: 'agent',
      author: 'Sam',
      internal: true,
      text: 'Checking billing.',
      at: null,
      channel: null,
      attachments: [],
    },
  ],
};

describe('PanelView', () => {
  it('says it is reading while the view is on its way', () => {
    render(<PanelView view={null} error={null} />);
    expect(screen.getByRole('heading', { name: 'Reading this tab…' })).toBeInTheDocument();
  });

  it('explains a tab that is not a helpdesk', () => {
    render(<PanelView view={{ status: 'not-helpdesk' }} error={null} />);
    expect(screen.getByRole('heading', { name: 'No helpdesk conversation here' })).toBeInTheDocument();
  });

  it('asks for a reload when the helpdesk tab predates the extension', () => {
    render(<PanelView view={{ status: 'not-connected', helpdesk: 'intercom' }} error={null} />);
    expect(screen.getByRole('heading', { name: 'Reload this tab' })).toBeInTheDocument();
    expect(screen.getByText(/This Intercom tab was open before/)).toBeInTheDocument();
  });

  it('asks for a ticket on a helpdesk page without one', () => {
    render(<PanelView view={{ status: 'no-conversation', helpdesk: 'zendesk' }} error={null} />);
    expect(screen.getByText('Open a ticket to get guidance.')).toBeInTheDocument();
  });

  it('shows the background’s failure instead of a view', () => {
    render(<PanelView view={{ status: 'not-helpdesk' }} error="Receiving end does not exist" />);
    expect(screen.getByRole('heading', { name: 'Steadyhand isn’t answering' })).toBeInTheDocument();
    expect(screen.getByText('Receiving end does not exist')).toBeInTheDocument();
  });

  it('shows the step, the reason and the conversation it is about', () => {
    const view: TabView = {
      status: 'ready',
      conversation,
      guidance: { step: 'listen', reason: 'Dana has not been acknowledged yet.', completed: [], signals: [] },
    };
    render(<PanelView view={view} error={null} />);
    expect(screen.getByRole('region', { name: 'Listen & Acknowledge' })).toHaveTextContent('step 1 of 6');
    expect(screen.getByLabelText('Why')).toHaveTextContent('Dana has not been acknowledged yet.');
    expect(screen.getByRole('heading', { name: 'Charged twice' })).toBeInTheDocument();
    expect(screen.getByLabelText('Latest customer message')).toHaveTextContent('I was charged twice.');
    expect(screen.getByText(/2 messages/)).toBeInTheDocument();
  });

  it('tells an Intercom conversation’s title from the customer’s name', () => {
    // Intercom's header shows the title when the conversation has one; the stream names the customer.
    const titled: Conversation = {
      ...conversation,
      helpdesk: 'intercom',
      subject: null,
      customer: { name: 'Charged after cancelling', email: null },
      messages: conversation.messages.map((m) => (m.role === 'customer' ? { ...m, author: 'Noor Haddad' } : m)),
    };
    const guidance = { step: 'listen' as const, reason: 'Not acknowledged yet.', completed: [], signals: [] };
    render(<PanelView view={{ status: 'ready', conversation: titled, guidance }} error={null} />);
    expect(screen.getByRole('heading', { name: 'Charged after cancelling' })).toBeInTheDocument();
    expect(screen.getByText('Noor Haddad')).toBeInTheDocument();
  });

  it('lists missing hooks and copies a diagnostic on an unreadable layout', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const diagnostic = { helpdesk: 'zendesk', missing: ['conversation log'] } as unknown as Diagnostic;
    render(
      <PanelView
        view={{ status: 'unreadable', helpdesk: 'zendesk', missing: ['conversation log'], diagnostic }}
        error={null}
      />,
    );
    expect(screen.getByRole('alert')).toHaveAccessibleName('Can’t read this page layout');
    expect(screen.getByRole('list', { name: 'Missing page parts' })).toHaveTextContent('conversation log');
    // What to do next, in words; the raw diagnostic stays folded away until asked for.
    const next = within(screen.getByRole('list', { name: 'What you can do' })).getAllByRole('listitem');
    expect(next.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Reload the helpdesk tab/),
      expect.stringMatching(/^Update Steadyhand/),
      expect.stringMatching(/^If it stays, copy the diagnostic/),
    ]);
    expect(screen.getByLabelText('Diagnostic')).not.toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Copy diagnostic' }));
    expect(writeText).toHaveBeenCalledWith(JSON.stringify(diagnostic, null, 2));
    expect(screen.getByText('Copied.')).toBeInTheDocument();
  });

  it('names the error’s kind when every part was found but reading them failed', () => {
    const diagnostic = { helpdesk: 'zendesk', missing: [], error: 'TypeError' } as unknown as Diagnostic;
    render(<PanelView view={{ status: 'unreadable', helpdesk: 'zendesk', missing: [], diagnostic }} error={null} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Reading the page failed (TypeError).');
    expect(screen.queryByRole('list', { name: 'Missing page parts' })).toBeNull();
  });
});
