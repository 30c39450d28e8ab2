// What a record is about, as the page shows it: the subject (a Zendesk ticket's, an Intercom conversation's
// title), the customer, and the opening words of the customer's first message, which stand in for a subject
// the page does not show (the notes view and the Markdown label them as such; nothing is made up).
import type { Conversation } from '../conversation/model';
import { intercomHeader } from '../helpdesk/intercom/title';
import type { InteractionRecord } from './model';

/** A dozen words: enough to recognise the conversation in a list, short enough for a heading. */
const OPENING_WORDS = 12;

export type PageHeader = Pick<InteractionRecord, 'subject' | 'customerName' | 'opening'>;

/** The first `max` words of `text`, spaces tidied, with "…" when some were left out; null for no words. */
export function openingWords(text: string, max = OPENING_WORDS): string | null {
  const words = text.split(/\s+/u).filter(Boolean);
  if (!words.length) return null;
  return words.slice(0, max).join(' ') + (words.length > max ? '…' : '');
}

/** The subject and the customer of a conversation read from the page (what the panel and phrases name). */
export function conversationHeader(conversation: Conversation): Omit<PageHeader, 'opening'> {
  // Intercom's reader shows no subject: its header is the title or the customer's name (intercom/title.ts).
  if (conversation.helpdesk === 'intercom' && conversation.subject === null) {
    const { title, customerName } = intercomHeader(conversation);
    return { subject: title, customerName };
  }
  return { subject: conversation.subject, customerName: conversation.customer.name };
}

/** Subject, customer and opening words of a conversation read from the page. */
export function pageHeader(conversation: Conversation): PageHeader {
  const first = conversation.messages.find((m) => m.role === 'customer' && !m.internal && m.text.trim());
  return { ...conversationHeader(conversation), opening: first ? openingWords(first.text) : null };
}
