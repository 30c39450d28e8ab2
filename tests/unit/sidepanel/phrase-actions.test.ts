// An insert that finds no content script makes the panel ask the background to check the tab, so stale
// guidance from a page nobody reads any more is replaced.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Conversation } from '@/lib/conversation';
import type { OfferedPhrase } from '@/lib/packs';

const messaging = vi.hoisted(() => ({ sendToTab: vi.fn(), sendMessage: vi.fn() }));
vi.mock('@/lib/messaging', () => messaging);

const { insertPhrase } = await import('@/entrypoints/sidepanel/phrase-actions');

const conversation: Conversation = {
  helpdesk: 'zendesk',
  account: 'acme',
  id: '4711',
  subject: 'Refund',
  customer: { name: null, email: null },
  channel: null,
  messages: [],
};
const phrase: OfferedPhrase = {
  key: 'team/a/-',
  packId: 'team',
  packName: 'Team pack',
  phraseId: 'a',
  step: 'act',
  variant: null,
  text: 'On it.',
  locale: 'en',
};

beforeEach(() => {
  messaging.sendToTab.mockReset();
  messaging.sendMessage.mockReset().mockResolvedValue({ status: 'not-connected' });
});

describe('insertPhrase', () => {
  it('asks the background to recheck the tab when no content script answers', async () => {
    messaging.sendToTab.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const result = await insertPhrase(7, conversation, phrase, 'On it.');
    expect(result.tone).toBe('error');
    expect(messaging.sendMessage).toHaveBeenCalledWith('tab:recheck', { tabId: 7 });
  });

  it('does not recheck when the content script answered, even with a refusal', async () => {
    messaging.sendToTab.mockResolvedValue({ ok: false, reason: 'editor-read-only' });
    const result = await insertPhrase(7, conversation, phrase, 'On it.');
    expect(result.tone).toBe('error');
    expect(messaging.sendMessage).not.toHaveBeenCalled();
  });
});
