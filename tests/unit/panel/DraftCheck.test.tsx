import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftCheck } from '@/entrypoints/sidepanel/components/DraftCheck';
import { panelStore } from '@/entrypoints/sidepanel/store';
import { readDraft } from '@/lib/framework/draft-check';
import type { TabView } from '@/lib/messaging';

const READY = { status: 'ready', conversation: { id: 'c1' } } as unknown as TabView;

/** The background's word on tab 7's draft, read as it reads one. */
const typed = (text: string, conversationId = 'c1') =>
  act(() => panelStore.getState().showDraft({ tabId: 7, conversationId, read: text ? readDraft(text) : null }));

const region = () => screen.getByRole('status', { name: 'Draft check' });

describe('the draft check in the panel', () => {
  beforeEach(() => {
    panelStore.setState({ tabId: null, view: null, drafts: {} });
    panelStore.getState().showTab(7);
    panelStore.getState().showView(7, READY);
  });

  it('shows nothing until the agent types, then a polite live region', () => {
    render(<DraftCheck conversationId="c1" step="empathize" />);
    expect(screen.queryByRole('status')).toBeNull();
    typed('Hello.');
    expect(region()).toHaveAttribute('aria-live', 'polite');
  });

  it('says what the draft does for the step and what it still misses, with the words on focus', async () => {
    render(<DraftCheck conversationId="c1" step="empathize" />);
    typed('Oh no, the lamp arrived in pieces.');
    // The words wait in a tooltip between the part and the rest of the line.
    expect(region()).toHaveTextContent(/^Your draft acknowledges the problem ✓.* — no apology yet$/);
    await userEvent.tab();
    const part = screen.getByRole('button', { name: /acknowledges the problem/ });
    expect(part).toHaveFocus();
    expect(part).toHaveAccessibleDescription('Your words: “Oh no, the lamp arrived in pieces”');
  });

  it('says why near misses do not count', () => {
    render(<DraftCheck conversationId="c1" step="act" />);
    typed('I will look into the refund for you.');
    expect(region()).toHaveTextContent('Your draft: a promise, but no time given yet');
    expect(screen.getByRole('button', { name: 'a promise, but no time given yet' })).toHaveAccessibleDescription(
      'Your words: “I will look into the refund for you”',
    );
  });

  it('clears when the draft is emptied or the tab shows another conversation', () => {
    render(<DraftCheck conversationId="c1" step="listen" />);
    typed('Oh dear.');
    expect(region()).toHaveTextContent('acknowledges the problem');
    typed('');
    expect(screen.queryByRole('status')).toBeNull();
    typed('Oh dear.');
    act(() => panelStore.getState().showView(7, { ...READY, conversation: { id: 'c2' } } as TabView));
    expect(panelStore.getState().drafts).toEqual({});
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('ignores a draft written for another conversation or in another tab', () => {
    render(<DraftCheck conversationId="c1" step="listen" />);
    typed('Oh dear.', 'c9');
    act(() => panelStore.getState().showDraft({ tabId: 8, conversationId: 'c1', read: readDraft('Oh dear.') }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(Object.keys(panelStore.getState().drafts)).toEqual(['7', '8']);
  });
});
