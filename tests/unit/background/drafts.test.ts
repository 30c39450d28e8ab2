import { describe, expect, it, vi } from 'vitest';
import { draftChange } from '@/entrypoints/background/drafts';
import { analyze } from '@/lib/framework';
import { readDraft } from '@/lib/framework/draft-check';
import type { TabView } from '@/lib/messaging';
import { convo } from '../framework/helpers';

const spanish = convo('C: Mi pedido no ha llegado todavía y nadie me contesta.');
const view: TabView = { status: 'ready', conversation: spanish, guidance: analyze(spanish) };

describe('draftChange', () => {
  it('reads the draft in the conversation’s language, so a Spanish reply is checked with Spanish words', () => {
    const read = vi.fn((text: string, language: string | undefined) => readDraft(text, { locale: language }));
    const change = draftChange(3, '  Lo siento mucho, entiendo tu frustración.  ', view, read);
    expect(read).toHaveBeenCalledWith('Lo siento mucho, entiendo tu frustración.', 'es');
    expect(change?.conversationId).toBe('test');
    expect(change?.read?.apology).not.toBeNull();
  });

  it('tells the panels the editor is empty, and says nothing without a conversation to check against', () => {
    const read = vi.fn((text: string) => readDraft(text));
    expect(draftChange(3, ' \n ', view, read)).toEqual({ tabId: 3, conversationId: 'test', read: null });
    expect(draftChange(3, 'Hola', { status: 'loading', helpdesk: 'zendesk' }, read)).toBeNull();
    expect(draftChange(3, 'Hola', null, read)).toBeNull();
    expect(read).not.toHaveBeenCalled();
  });
});
