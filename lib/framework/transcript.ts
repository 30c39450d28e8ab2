import type { AgentRead } from './agent-acts';
import type { CustomerRead } from './customer-acts';

/** How a message takes part: bots, internal notes and system messages are kept apart on purpose. */
export type Kind = 'customer' | 'agent' | 'bot' | 'note' | 'other';

/**
 * The conversation as the decision sees it. Messages are read on demand (and remembered), because most
 * decisions only need the latest turns and the first agent reply that did each thing.
 */
export interface Transcript {
  readonly size: number;
  kind(index: number): Kind;
  id(index: number): string;
  customer(index: number): CustomerRead;
  agent(index: number): AgentRead;
}
