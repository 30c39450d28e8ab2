import { describe, expect, it } from 'vitest';
import { createPanelStore } from '@/entrypoints/sidepanel/store';
import type { Conversation } from '@/lib/conversation';
import type { GuidanceStep } from '@/lib/framework/steps';
import type { TabView } from '@/lib/messaging';

const conversation = (id: string): Conversation => ({
  helpdesk: 'zendesk',
  id,
  subject: null,
  customer: { name: null, email: null },
  channel: null,
  messages: [],
});
const ready = (id: string, step: GuidanceStep = 'listen'): TabView => ({
  status: 'ready',
  conversation: conversation(id),
  guidance: { step, reason: '', completed: [], signals: [] },
});

describe('panel store', () => {
  it('keeps what the agent typed while the same conversation updates', () => {
    const store = createPanelStore();
    store.getState().showTab(1);
    store.getState().showView(1, ready('a'));
    store.getState().fill('followUp.date', 'Friday');
    store.getState().setBrowse('act');
    store.getState().showView(1, ready('a'));
    expect(store.getState()).toMatchObject({ fills: { 'followUp.date': 'Friday' }, browse: 'act' });
  });

  it('lets go of a step picked by hand when the guidance moves to another step, keeping what was typed', () => {
    const store = createPanelStore();
    store.getState().showTab(1);
    store.getState().showView(1, ready('a', 'listen'));
    store.getState().fill('followUp.date', 'Friday');
    store.getState().setBrowse('act');
    store.getState().showView(1, ready('a', 'empathize'));
    expect(store.getState()).toMatchObject({ fills: { 'followUp.date': 'Friday' }, browse: null });
    // The same through a patch, which is how a growing conversation usually arrives.
    store.getState().setBrowse('act');
    const guidance = { step: 'solve' as const, reason: '', completed: [], signals: [] };
    const { messages, ...head } = conversation('a');
    const patch = { conversation: { ...head, from: messages.length, tail: [] }, guidance };
    expect(store.getState().patchView(1, patch)).toBe(true);
    expect(store.getState().browse).toBeNull();
  });

  it('starts afresh on another conversation or tab', () => {
    const store = createPanelStore();
    store.getState().showTab(1);
    store.getState().showView(1, ready('a'));
    store.getState().fill('followUp.date', 'Friday');
    store.getState().showView(1, ready('b'));
    expect(store.getState().fills).toEqual({});
    store.getState().fill('followUp.date', 'Monday');
    store.getState().setStatus({ tone: 'ok', message: 'Copied.' });
    store.getState().showTab(2);
    expect(store.getState()).toMatchObject({ tabId: 2, view: null, fills: {}, status: null });
  });

  it('ignores a late view for a tab the panel has left', () => {
    const store = createPanelStore();
    store.getState().showTab(1);
    store.getState().showTab(2);
    store.getState().showView(1, ready('a'));
    expect(store.getState().view).toBeNull();
  });
});
