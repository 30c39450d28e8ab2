import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/sidepanel/App';
import { panelStore } from '@/entrypoints/sidepanel/store';
import type { TabView } from '@/lib/messaging';
// Transformed up front: the first transform of the packs and notes code takes seconds in the test runner,
// longer than findBy waits. The sections still load lazily, behind their fallbacks.
import '@/entrypoints/sidepanel/Phrases';
import '@/entrypoints/sidepanel/QuickNotesPanel';
import '@/entrypoints/sidepanel/PhraseLibrary';

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

describe('App on a page it cannot read', () => {
  it('keeps phrase search and copy, and the way to the options and notes pages', async () => {
    const unreadable: TabView = {
      status: 'unreadable',
      helpdesk: 'zendesk',
      missing: ['messages'],
      diagnostic: {
        kind: 'steadyhand-layout-diagnostic',
        extensionVersion: '0.1.0',
        helpdesk: 'zendesk',
        urlPattern: 'https://*.zendesk.com/agent/tickets/*',
        status: 'unreadable',
        found: [],
        missing: ['messages'],
        hooks: [],
        messageCount: null,
        shadowPath: null,
        roleHints: {},
        error: null,
        userAgent: null,
      },
    };
    panelStore.getState().showTab(8);
    panelStore.getState().showView(8, unreadable);
    render(<App />);
    expect(screen.getByRole('alert', { name: 'Can’t read this page layout' })).toBeInTheDocument();
    const search = await screen.findByRole('searchbox', { name: 'Search all phrases' });
    await userEvent.type(search, 'frustrating');
    const results = await screen.findByRole('list', { name: 'Phrases matching “frustrating”' });
    const [first] = within(results).getAllByRole('listitem');
    // There is no editor known to insert into: Copy only.
    expect(within(first!).queryByRole('button', { name: /^Insert/ })).toBeNull();
    await userEvent.click(within(first!).getByRole('button', { name: /^Copy/ }));
    expect((await screen.findAllByText(/^Copied/))[0]).toBeInTheDocument();
    const links = screen.getByRole('navigation', { name: 'Steadyhand pages' });
    expect(within(links).getByRole('link', { name: 'Phrase packs and settings' })).toHaveAttribute(
      'href',
      expect.stringMatching(/options\.html$/),
    );
    expect(within(links).getByRole('link', { name: 'Interaction notes' })).toHaveAttribute(
      'href',
      expect.stringMatching(/notes\.html$/),
    );
  });
});
