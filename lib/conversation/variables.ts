import type { VariableValues } from '@/lib/packs/variables';
import type { Conversation } from './model';

const firstName = (name: string | null | undefined): string | undefined => name?.trim().split(/\s+/)[0] || undefined;

export interface VariableContext {
  /** The agent's own name, from the options page; else the last person who replied in the conversation. */
  agentName?: string | null;
  /** The follow-up date from the interaction's quick notes (YYYY-MM-DD). */
  followUpDate?: string | null;
}

/**
 * What a phrase's {{variables}} are filled with for this conversation. Missing values are left out, so
 * the panel can show the placeholder and ask the agent for it before inserting.
 */
export function variablesFor(conversation: Conversation, context: VariableContext = {}): VariableValues {
  const lastAgent = conversation.messages.findLast((message) => message.role === 'agent' && message.author);
  const values: VariableValues = {
    'customer.firstName': firstName(conversation.customer.name),
    'customer.name': conversation.customer.name?.trim() || undefined,
    'agent.firstName': firstName(context.agentName) ?? firstName(lastAgent?.author),
    'ticket.id': conversation.id,
    'ticket.subject': conversation.subject?.trim() || undefined,
    'followUp.date': context.followUpDate || undefined,
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
