import { describe, expect, it } from 'vitest';
import { createPanelStore } from '@/entrypoints/sidepanel/store';
import type { Conversation } from '@/lib/conversation';
import type { TabView } from '@/lib/messaging';

const conversation = (id: string): Conversation => ({
  helpdesk: 'zendesk',
  id,
  subject: null,
  customer: { name: null, email: null },
  channel: null,
  messages: [],
});
const ready = (id: string): TabView => ({
  status: 'ready',
  conversation: conversation(id),
  guidance: { step: 'listen', reason: '', completed: [], signals: [] },
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
