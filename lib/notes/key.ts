// The record key: which ticket a record is about. Ticket numbers are per helpdesk account (two Zendesk
// subdomains, two Intercom workspaces can both have ticket 4211), so the account is part of the key.
import { z } from 'zod/mini';
import { type Conversation, HelpdeskId } from '../conversation/model';

/**
 * The helpdesk account, as `Conversation.account` carries it (the Zendesk subdomain, the Intercom workspace
 * id, `demo` on the demo helpdesk). It has no colon, which keeps the key below unambiguous.
 */
export const Account = z.string().check(z.regex(/^[\w-]{1,64}$/));

export interface TicketKey {
  helpdesk: HelpdeskId;
  /** The account the ticket belongs to; null (or absent) when the page did not say. */
  account?: string | null;
  /** The ticket or conversation id the helpdesk shows; may itself contain colons. */
  ticketId: string;
}

/**
 * `<helpdesk>:<account>:<ticketId>`, e.g. `zendesk:acme:4211`; an unknown account is the empty segment,
 * `zendesk::4211`. Helpdesk ids and accounts have no colon, so the first two colons split the key whatever
 * the ticket id holds, and a ticket seen without its account never shares a record with one seen with it.
 */
export function recordId({ helpdesk, account, ticketId }: TicketKey): string {
  return `${helpdesk}:${account ?? ''}:${ticketId}`;
}

/** The ticket a record id names. */
export function parseRecordId(id: string): Required<TicketKey> {
  const first = id.indexOf(':');
  const second = first < 0 ? -1 : id.indexOf(':', first + 1);
  const helpdesk = HelpdeskId.safeParse(id.slice(0, first));
  const account = id.slice(first + 1, second);
  const ticketId = id.slice(second + 1);
  if (second < 0 || !helpdesk.success || !ticketId || (account && !Account.safeParse(account).success)) {
    throw new RangeError(`Not a notes record id: ${id}`);
  }
  return { helpdesk: helpdesk.data, account: account || null, ticketId };
}

/** The ticket a conversation read from the page is. */
export function ticketOf(conversation: Pick<Conversation, 'helpdesk' | 'account' | 'id'>): Required<TicketKey> {
  return { helpdesk: conversation.helpdesk, account: conversation.account ?? null, ticketId: conversation.id };
}
