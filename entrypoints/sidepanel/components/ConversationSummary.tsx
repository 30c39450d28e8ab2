import { i18n } from '#i18n';
import type { Conversation } from '@/lib/conversation';
import { helpdeskName } from '@/components/labels';
import { formatCount } from '@/components/format';
import { conversationHeader } from '@/lib/notes/subject';

/** Which conversation the guidance is about, so the agent can check it is the one in front of them. */
export function ConversationSummary({ conversation }: { conversation: Conversation }) {
  const { customer, channel, messages, helpdesk, id } = conversation;
  const lastCustomer = messages.findLast((message) => message.role === 'customer' && !message.internal);
  // Intercom's header is the conversation's title or the customer's name: conversationHeader tells them apart.
  const { subject, customerName } = conversationHeader(conversation);
  const who = customerName ?? customer.email;
  const title =
    subject ??
    (who
      ? i18n.t('panel.summary.conversationWith', [who])
      : i18n.t('panel.summary.conversationId', [helpdeskName(helpdesk), id]));
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 className="summary__subject" id="summary-title">
        {title}
      </h2>
      <p className="summary__meta">
        <span>{who ?? i18n.t('panel.summary.unknownCustomer')}</span>
        {channel && <span> · {channel}</span>}
        <span> · {i18n.t('panel.summary.messages', messages.length, [formatCount(messages.length)])}</span>
      </p>
      {lastCustomer && (
        <figure className="summary__last">
          <figcaption>{i18n.t('panel.summary.latest')}</figcaption>
          <blockquote aria-label={i18n.t('panel.summary.latestLabel')}>{lastCustomer.text}</blockquote>
        </figure>
      )}
    </section>
  );
}
