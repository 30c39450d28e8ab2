import type { AgentRead } from '@/lib/framework/agent-acts';
import type { DraftChange, TabView } from '@/lib/messaging';

/**
 * What the side panels are told about the draft in a tab's reply editor: its read, for the conversation
 * the background holds for that tab (null: the editor is empty). Nothing when no conversation is held, as
 * there is no step to check the draft against. The text itself is read here and kept nowhere.
 */
export function draftChange(
  tabId: number,
  text: string,
  view: TabView | null,
  read: (text: string, language: string | undefined) => AgentRead,
): DraftChange | null {
  if (view?.status !== 'ready') return null;
  const draft = text.trim();
  // In the conversation's language: a reply to a Spanish customer is read with the Spanish cue words.
  const language = view.guidance.language;
  return { tabId, conversationId: view.conversation.id, read: draft === '' ? null : read(draft, language) };
}
