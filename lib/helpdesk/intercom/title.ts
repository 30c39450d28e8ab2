// What Intercom's conversation header names. Kept out of the content script (nothing there imports this):
// it runs where the conversation is recorded, on what the reader already read, and costs every helpdesk tab
// nothing.
import type { Conversation } from '@/lib/conversation';

/** The conversation's title when the header shows one, and the customer's name. */
export interface IntercomHeader {
  title: string | null;
  customerName: string | null;
}

/**
 * The header title (the reader's `title` hook, `[data-inbox-conversation-header-title]`) shows the
 * conversation's title when it has one and the customer's name when it has none: helpdesk-dom-2026.md's
 * clockify integration reads that element as the title, Support Copilot as the customer. The reader takes it
 * as the customer's name (the panel needs one); here, with the messages read, the two are told apart. The
 * stream names the customer on their own messages (the avatar's label, the author name) and the reader
 * gives a message with no name the header's: so when no customer message carries the header's text and one
 * carries a name, the header is the title and that name the customer's. Anything less certain keeps the
 * header as the name, so a customer's name is never taken for a title.
 */
export function intercomHeader(conversation: Pick<Conversation, 'customer' | 'messages'>): IntercomHeader {
  const header = conversation.customer.name?.trim() || null;
  const authors = conversation.messages
    .filter((m) => m.role === 'customer' && !m.internal && m.author !== null)
    .map((m) => m.author!.trim());
  const named = authors.find((author) => author !== '');
  if (header === null || named === undefined || authors.includes(header)) {
    return { title: null, customerName: header ?? named ?? null };
  }
  return { title: header, customerName: named };
}
