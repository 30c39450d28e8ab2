import type { Conversation } from '@/lib/conversation';
import { HELPDESK_NAMES } from './helpdesk-names';

/** Which conversation the guidance is about, so the agent can check it is the one in front of them. */
export function ConversationSummary({ conversation }: { conversation: Conversation }) {
  const { subject, customer, channel, messages, helpdesk, id } = conversation;
  const lastCustomer = messages.findLast((message) => message.role === 'customer' && !message.internal);
  const who = customer.name ?? customer.email;
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 className="summary__subject" id="summary-title">
        {subject ?? (who ? `Conversation with ${who}` : `${HELPDESK_NAMES[helpdesk]} conversation ${id}`)}
      </h2>
      <p className="summary__meta">
        <span>{who ?? 'Unknown customer'}</span>
        {channel && <span> · {channel}</span>}
        <span>
          {' '}
          · {messages.length} {messages.length === 1 ? 'message' : 'messages'}
        </span>
      </p>
      {lastCustomer && (
        <figure className="summary__last">
          <figcaption>Latest from the customer</figcaption>
          <blockquote aria-label="Latest customer message">{lastCustomer.text}</blockquote>
        </figure>
      )}
    </section>
  );
}
