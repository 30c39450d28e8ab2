// Demo Zendesk messaging ticket in a custom layout (4720), modelled on helpdesk-dom-2026.md, Zendesk rows
// "custom ticket layout", "side conversations show up in the log", "older comments hide behind
// convolog-show-more-button", "no DOM marker for bots" (Answer Bot: an agent comment without the AgentBadge),
// "messaging bubbles may show time only as text"; and on helpdesk-dom.md rows "body" (messaging text in
// <span><span>; data-originated-from as in the messaging fixture: MobileSdkInteraction customer, ApiInteraction
// bot, WebInteraction agent) and "channel per item" ("via messaging"). Written for the demo: a customer whose
// renewal failed after she updated her card, locked out before a client presentation. Not real Zendesk data.
import { AGENT, type Person, type Ticket } from './ticket';

const amara = {
  id: 9204417,
  name: 'Amara Nwosu',
  email: 'amara.nwosu@example.com',
  since: 'Customer since 2022',
  localTime: 'Local time 16:40 (CET)',
  plan: 'Annual — Business plan',
};

const ANSWER_BOT: Person = { id: 3000001, name: 'Answer Bot', email: 'answer-bot@steadyhand-demo.example', bot: true };

/** A bubble in the messaging conversation (customer, bot or agent). */
const bubble = { kind: 'comment', messaging: true, via: 'via messaging' } as const;
const fromAmara = { ...bubble, role: 'end-user', author: amara, origin: 'MobileSdkInteraction' } as const;
const fromSam = { ...bubble, role: 'agent', author: AGENT, origin: 'WebInteraction' } as const;

export const RENEWAL_TICKET: Ticket = {
  id: '4720',
  layout: 'custom',
  subject: 'Renewal failed, workspace locked',
  channel: 'Messaging',
  origin: 'MobileSdkInteraction',
  via: 'via messaging',
  status: 'Open',
  priority: 'High',
  type: 'Problem',
  tags: ['billing', 'renewal_failed', 'account_locked'],
  requester: amara,
  olderItems: [
    {
      ...fromAmara,
      minutesAgo: 4325,
      paragraphs: [
        'Hi! The card on our account expires at the end of the month. If I add the new one before the renewal on the 1st, will the renewal use it automatically?',
      ],
    },
    {
      ...fromSam,
      minutesAgo: 4318,
      paragraphs: [
        'Hi Amara! Yes: once the new card is saved under Billing → Payment method, the renewal charges it automatically. Nothing else to do.',
      ],
    },
    { ...fromAmara, minutesAgo: 4310, paragraphs: ['Great, just updated it. Thanks!'] },
  ],
  items: [
    {
      ...fromAmara,
      minutesAgo: 58,
      paragraphs: [
        'Our renewal FAILED and now the whole workspace is locked. I updated the card three days ago exactly like I was told to.',
      ],
    },
    {
      ...fromAmara,
      minutesAgo: 57,
      timeAsText: true,
      paragraphs: ['Nobody on my team can log in and we have a client presentation at 5.'],
    },
    {
      ...bubble,
      role: 'agent',
      author: ANSWER_BOT,
      origin: 'ApiInteraction',
      minutesAgo: 57,
      paragraphs: [
        'Sorry to hear that! A payment can fail when the bank declines the charge. You can try again under Billing → Retry payment. Did that answer your question?',
      ],
    },
    {
      ...fromAmara,
      minutesAgo: 55,
      paragraphs: ['I have retried it THREE times. Stop sending me articles and get me a human. Now.'],
    },
    {
      kind: 'event',
      minutesAgo: 54,
      title: 'Conversation transferred to group Billing',
      changes: ['Group changed from Messaging to Billing', 'Assignee set to Sam Ortega'],
    },
    {
      ...fromSam,
      minutesAgo: 41,
      paragraphs: [
        'Hi Amara, Sam from the billing team here. I’m sorry: being locked out right before a client presentation is awful, and you did everything right by updating the card.',
        'I can see the three declined attempts. I’m asking our payments team to unlock the workspace and run the renewal again right now.',
      ],
    },
    {
      kind: 'comment',
      role: 'agent',
      author: AGENT,
      minutesAgo: 39,
      origin: 'EmailInteraction',
      via: 'via email',
      sideConversation: { to: 'Payments team <payments@steadyhand-demo.example>' },
      paragraphs: [
        'Hi payments team,',
        'The Business workspace of Amara Nwosu is locked after the annual renewal was declined three times, on a card she added three days ago. Could you lift the lock now and run the charge again by hand? She has a client presentation at 17:00 CET.',
        'Thanks, Sam',
      ],
    },
    {
      ...fromAmara,
      minutesAgo: 12,
      paragraphs: [
        'It has been half an hour. How long is this going to take? If we lose this client because of your billing system, we are moving the whole team somewhere else.',
      ],
    },
  ],
  cannedFollowUps: [
    'Still locked out. Is anyone there?',
    'Twenty people cannot work because of a payment problem on YOUR side. This is unacceptable.',
    'Hello? I need an answer, not silence.',
  ],
};
