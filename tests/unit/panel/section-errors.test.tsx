import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/sidepanel/App';
import { GuidanceView } from '@/entrypoints/sidepanel/components/GuidanceView';
import { PanelView } from '@/entrypoints/sidepanel/components/PanelView';
import { panelStore } from '@/entrypoints/sidepanel/store';
import type { Conversation } from '@/lib/conversation';
import type { Guidance } from '@/lib/framework/guidance';
import type { Diagnostic } from '@/lib/helpdesk/diagnostic-schema';
import { Broken, brokenComponents as broken, expectBreakageReports } from './broken';

// Each section's component fails while its name is in `brokenComponents`, and is itself otherwise.
const breakableMock = vi.hoisted(
  () => (name: string) => async (load: () => Promise<Record<string, unknown>>) =>
    (await import('./broken')).breakable(await load(), name),
);
vi.mock('@/entrypoints/sidepanel/components/StepCard', breakableMock('StepCard'));
vi.mock('@/entrypoints/sidepanel/components/BoundaryBanner', breakableMock('BoundaryBanner'));
vi.mock('@/entrypoints/sidepanel/components/LoadedMessagesNote', breakableMock('LoadedMessagesNote'));
vi.mock('@/entrypoints/sidepanel/components/SignalChips', breakableMock('SignalChips'));
vi.mock('@/entrypoints/sidepanel/components/Checklist', breakableMock('Checklist'));
vi.mock('@/entrypoints/sidepanel/components/ConversationSummary', breakableMock('ConversationSummary'));
vi.mock('@/entrypoints/sidepanel/components/UnreadableLayout', breakableMock('UnreadableLayout'));
vi.mock('@/entrypoints/sidepanel/components/PanelView', breakableMock('PanelView'));

const conversation: Conversation = {
  helpdesk: 'zendesk',
  id: '4711',
  subject: 'Charged twice',
  customer: { name: 'Dana', email: null },
  channel: 'email',
  earlierHidden: true,
  messages: [
    {
      id: 'm1',
      role: 'customer',
      author: 'Dana',
      internal: false,
      text: 'You charged me twice. Ridiculous!',
      at: null,
      channel: null,
      attachments: [],
    },
  ],
};
const listen: Guidance = {
  step: 'listen',
  reason: 'Dana has not been acknowledged yet.',
  completed: [],
  signals: [{ kind: 'angry', messageId: 'm1', evidence: 'Ridiculous!' }],
};
const boundary: Guidance = {
  ...listen,
  step: 'boundary',
  signals: [{ kind: 'abusive', messageId: 'm1', evidence: 'Ridiculous!' }],
};

const slots = (
  phrases = <section aria-label="Phrases stand-in" />,
  notes = <section aria-label="Notes stand-in" />,
) => ({
  phrases,
  notes,
});

/** Every section of the guidance: what it says when it fails, and how the agent finds it when it works. */
const SECTIONS = {
  step: {
    failure: 'The next step could not be shown',
    shown: () => screen.queryByRole('region', { name: 'Listen & Acknowledge' }),
  },
  loadedNote: { failure: 'The note on loaded messages could not be shown', shown: () => screen.queryByRole('note') },
  signals: {
    failure: 'The customer signals could not be shown',
    shown: () => screen.queryByRole('list', { name: 'Customer signals' }),
  },
  phrases: {
    failure: 'The phrases could not be shown',
    shown: () => screen.queryByRole('region', { name: 'Phrases stand-in' }),
  },
  checklist: {
    failure: 'The checklist could not be shown',
    shown: () => screen.queryByRole('list', { name: 'Framework checklist' }),
  },
  summary: {
    failure: 'The conversation summary could not be shown',
    shown: () => screen.queryByRole('heading', { name: 'Charged twice' }),
  },
  notes: {
    failure: 'The quick notes could not be shown',
    shown: () => screen.queryByRole('region', { name: 'Notes stand-in' }),
  },
};
type Section = keyof typeof SECTIONS;

beforeEach(() => {
  broken.clear();
  expectBreakageReports();
});

function expectOnlyFailed(failed: Section) {
  expect(screen.getAllByRole('alert')).toHaveLength(1);
  expect(screen.getByRole('alert', { name: SECTIONS[failed].failure })).toBeInTheDocument();
  for (const [section, { shown }] of Object.entries(SECTIONS)) {
    if (section === failed) expect(shown()).toBeNull();
    else expect(shown()).toBeInTheDocument();
  }
}

describe('a section that fails to render', () => {
  it.each([
    ['step', 'StepCard'],
    ['loadedNote', 'LoadedMessagesNote'],
    ['signals', 'SignalChips'],
    ['checklist', 'Checklist'],
    ['summary', 'ConversationSummary'],
  ] as const)('%s: says so in its place and leaves the rest working', (section, component) => {
    broken.add(component);
    render(<GuidanceView conversation={conversation} guidance={listen} slots={slots()} />);
    expectOnlyFailed(section);
  });

  it('phrases: says so in their place and leaves the rest working', () => {
    render(<GuidanceView conversation={conversation} guidance={listen} slots={slots(<Broken what="phrases" />)} />);
    expectOnlyFailed('phrases');
  });

  it('quick notes: say so in their place and leave the rest working', () => {
    render(
      <GuidanceView conversation={conversation} guidance={listen} slots={slots(undefined, <Broken what="notes" />)} />,
    );
    expectOnlyFailed('notes');
  });

  it('boundary banner: says so in its place and leaves the rest working', () => {
    broken.add('BoundaryBanner');
    render(<GuidanceView conversation={conversation} guidance={boundary} slots={slots()} />);
    expect(screen.getByRole('alert', { name: 'The next step could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Customer signals' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Framework checklist' })).toBeInTheDocument();
  });

  it('is tried again on the next step, not on the same one', () => {
    broken.add('Checklist');
    const { rerender } = render(<GuidanceView conversation={conversation} guidance={listen} slots={slots()} />);
    broken.clear();
    rerender(<GuidanceView conversation={conversation} guidance={listen} slots={slots()} />);
    expect(screen.getByRole('alert', { name: 'The checklist could not be shown' })).toBeInTheDocument();
    rerender(<GuidanceView conversation={conversation} guidance={{ ...listen, step: 'empathize' }} slots={slots()} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('list', { name: 'Framework checklist' })).toBeInTheDocument();
  });

  it('unreadable layout: says so in its place, under the panel’s header', () => {
    broken.add('UnreadableLayout');
    const diagnostic = { helpdesk: 'zendesk', missing: ['conversation log'] } as unknown as Diagnostic;
    render(
      <PanelView
        view={{ status: 'unreadable', helpdesk: 'zendesk', missing: ['conversation log'], diagnostic }}
        error={null}
      />,
    );
    expect(screen.getByRole('alert', { name: 'The page-layout report could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Steadyhand' })).toBeInTheDocument();
  });

  it('the whole panel: offers to try again, and the panel comes back', async () => {
    broken.add('PanelView');
    panelStore.setState({ tabId: 1, view: { status: 'not-helpdesk' }, error: null });
    render(<App />);
    expect(screen.getByRole('alert', { name: 'The panel could not be shown' })).toBeInTheDocument();
    broken.clear();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('heading', { name: 'No helpdesk conversation here' })).toBeInTheDocument();
  });
});
