import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/sidepanel/App';
import { panelStore } from '@/entrypoints/sidepanel/store';
import type { TabView } from '@/lib/messaging';
// Transformed up front: the first transform of the packs and notes code takes seconds in the test runner,
// longer than findBy waits. The sections still load lazily, behind their fallbacks.
import '@/entrypoints/sidepanel/Phrases';
import '@/entrypoints/sidepanel/QuickNotesPanel';

const view: TabView = {
  status: 'ready',
  conversation: {
    helpdesk: 'zendesk',
    id: '4711',
    subject: 'Charged twice',
    customer: { name: 'Dana', email: null },
    channel: 'email',
    messages: [
      {
        id: 'm1',
        role: 'customer',
        author: 'Dana',
        internal: false,
        text: 'I was charged twice.',
        at: null,
        channel: null,
        attachments: [],
      },
    ],
  },
  guidance: { step: 'listen', reason: 'Dana has not been acknowledged yet.', completed: [], signals: [] },
};

panelStore.getState().showTab(7);
panelStore.getState().showView(7, view);

describe('App', () => {
  it('shows the step at once, and the phrases and notes in their places once their code has loaded', async () => {
    render(<App />);
    expect(screen.getByRole('region', { name: 'Listen & Acknowledge' })).toBeInTheDocument();
    // The panel's own status line is there from the start, empty until the agent does something.
    const [line, ...loading] = screen.getAllByRole('status').map((status) => status.textContent);
    expect(line).toBe('');
    expect(loading).toEqual(['Loading phrases…', 'Loading notes…']);
    expect(await screen.findByRole('list', { name: 'Phrases for Listen & Acknowledge' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Complaint' })).toHaveValue('');
  });
});
