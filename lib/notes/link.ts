// "Open ticket" opens the record's link, so a link must be the record's own ticket on its own helpdesk: an
// imported file could otherwise point it at any address (a look-alike login page, say).
import { pageOf } from '../helpdesk/url';
import type { TicketKey } from './key';

/**
 * Whether `url` is this ticket's page: same helpdesk, same account, same ticket (a Zendesk record's link is
 * `https://<account>.zendesk.com/agent/tickets/<ticketId>…`, an Intercom one a conversation of its
 * workspace on app., app.eu. or app.au.intercom.com). A record whose account is unknown has no link: the
 * link would say the account, and then the record would be keyed with it.
 */
export function isTicketLink(url: string, ticket: TicketKey): boolean {
  const page = pageOf(url);
  return (
    page !== null &&
    page.helpdesk === ticket.helpdesk &&
    page.conversationId === ticket.ticketId &&
    page.account !== null &&
    page.account === (ticket.account ?? null)
  );
}

/** The record's link if it passes the check, else null: what the notes page may render and open. */
export function ticketLink(record: TicketKey & { url: string | null }): string | null {
  return record.url !== null && isTicketLink(record.url, record) ? record.url : null;
}

/** The account a link names, if it is a page of this helpdesk's ticket (how old records learn their account). */
export function accountFromLink(url: string | null, ticket: Omit<TicketKey, 'account'>): string | null {
  if (url === null) return null;
  const account = pageOf(url)?.account ?? null;
  return account !== null && isTicketLink(url, { ...ticket, account }) ? account : null;
}
