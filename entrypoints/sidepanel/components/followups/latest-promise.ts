import type { Conversation } from '@/lib/conversation';
import { findCommitment, type Commitment } from '@/lib/followups';

/**
 * The update the agent's latest reply to the customer promises, if it is still ahead. Internal notes are
 * not replies (a promise to a colleague is not one to the customer), and only the latest reply counts: a
 * later reply that promises nothing has kept or replaced the earlier promise.
 */
export function latestPromise(conversation: Conversation, now: Date): Commitment | null {
  const reply = conversation.messages.findLast((message) => message.role === 'agent' && !message.internal);
  if (!reply) return null;
  const found = findCommitment(reply.text, reply.at ? new Date(reply.at) : now);
  return found && found.at > now ? found : null;
}
