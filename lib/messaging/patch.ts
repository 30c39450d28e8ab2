import type { Conversation } from '@/lib/conversation';
import type { ConversationPatch } from './protocol';

/**
 * The conversation a patch makes of the one held: its first `from` messages, then the patch's tail,
 * under the patch's header. Null when the patch is not about the conversation held (another id, or a
 * start past its end): the receiver then asks for the whole conversation.
 */
export function applyPatch(held: Conversation, { from, tail, ...head }: ConversationPatch): Conversation | null {
  if (held.id !== head.id || held.helpdesk !== head.helpdesk || from > held.messages.length) return null;
  return { ...head, messages: [...held.messages.slice(0, from), ...tail] };
}
