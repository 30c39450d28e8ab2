import type { Conversation } from '@/lib/conversation';
import type { GuidanceStep } from '@/lib/framework/steps';

/**
 * What a failed section is tried again on: another conversation (ticket numbers are per helpdesk account),
 * or another step. Not every new message: the same section would fail again on most of them.
 */
export function conversationStepKey(conversation: Conversation, step: GuidanceStep): string {
  return [conversation.helpdesk, conversation.account ?? '', conversation.id, step].join(':');
}
