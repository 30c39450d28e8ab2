// Demo Zendesk tickets (modelled on helpdesk-dom.md, Zendesk Agent Workspace rows; not real Zendesk data).
// Written for the demo: a difficult email ticket (4711), a calm one (4698) open in a second tab, and the
// messaging ticket in a custom layout (4720, renewal-ticket.ts) in a third, and a Spanish email ticket (4730,
// spanish-ticket.ts) in a fourth, last.
import { RENEWAL_TICKET } from './renewal-ticket';
import { SPANISH_TICKET } from './spanish-ticket';
import { AGENT, SUPPORT_ADDRESS, type Ticket } from './ticket';

const dana = {
  id: 9120044,
  name: 'Dana Whitfield',
  email: 'dana.whitfield@example.com',
  since: 'Customer since 2021',
  localTime: 'Local time 09:40 (EST)',
  plan: 'Annual — Team plan',
};

const tomas = {
  id: 9188321,
  name: 'Tomás Ferreira',
  email: 'tomas.ferreira@example.com',
  since: 'Customer since 2023',
  localTime: 'Local time 15:40 (WET)',
  plan: 'Monthly — Starter plan',
};

export const TICKETS: Ticket[] = [
  {
    id: '4711',
    layout: 'standard',
    subject: 'Charged twice for my annual plan',
    channel: 'Email',
    origin: 'EmailInteraction',
    via: 'via email',
    status: 'Open',
    priority: 'Urgent',
    type: 'Incident',
    tags: ['billing', 'duplicate_charge', 'refund_request'],
    requester: dana,
    items: [
      {
        kind: 'comment',
        role: 'end-user',
        author: dana,
        minutesAgo: 192,
        origin: 'EmailInteraction',
        via: 'via email',
        envelope: { from: `${dana.name} <${dana.email}>`, to: SUPPORT_ADDRESS },
        attachment: { name: 'receipt.pdf', token: 'abc', size: '84 KB' },
        paragraphs: [
          'Hello,',
          'I just looked at my bank statement and you have charged me TWICE for the annual plan. $348 on the 3rd and another $348 on the 4th, same card, same account. I have ONE subscription.',
          'This is ridiculous. I want the duplicate charge refunded TODAY, not in "5 to 10 business days". The receipt from my bank is attached so nobody can tell me it did not happen.',
          'If this is not fixed by the end of the day I am cancelling my account and I will be posting reviews about this everywhere I can.',
          'Dana',
        ],
      },
      {
        kind: 'event',
        minutesAgo: 191,
        title: 'Ticket updated by trigger "Escalate billing complaints"',
        changes: [
          'Priority changed from Normal to Urgent',
          'Tags added: billing, duplicate_charge',
          'Assignee set to Sam Ortega',
        ],
      },
      {
        kind: 'comment',
        role: 'agent',
        author: AGENT,
        minutesAgo: 160,
        origin: 'WebInteraction',
        via: 'via web',
        paragraphs: ['Hi Dana,', 'Thanks for reaching out! Can you tell us more?', 'Best,', 'Sam'],
      },
      {
        kind: 'comment',
        role: 'internal',
        author: AGENT,
        minutesAgo: 154,
        origin: 'WebInteraction',
        via: 'via web',
        paragraphs: [
          'Billing admin shows two successful charges 24h apart: the renewal retry ran although the first payment had gone through. Refund needs Finance approval for same-day processing, asked Lena in #billing-escalations.',
          'Customer is threatening to cancel and to post reviews. Four-year customer, Team plan.',
        ],
      },
      {
        kind: 'comment',
        role: 'end-user',
        author: dana,
        minutesAgo: 24,
        origin: 'EmailInteraction',
        via: 'via email',
        envelope: { from: `${dana.name} <${dana.email}>`, to: SUPPORT_ADDRESS },
        paragraphs: [
          'Are you SERIOUS? "Can you tell us more?" I told you EXACTLY what happened and attached the proof. Did anyone even read my email??',
          'I have paid you for four years and this is how I get treated. Refund the $348 today or I cancel, and I will make sure everyone reading your reviews knows how you handle billing mistakes.',
        ],
      },
    ],
    cannedFollowUps: [
      'Still nothing. It has been HOURS. I want written confirmation that the refund is processed, not another question.',
      'This is absolutely ridiculous. If the $348 is not back on my card today I am cancelling and telling everyone I know to stay away from you.',
      'Hello?? Is anyone actually working on this or am I writing to a wall?',
    ],
  },
  {
    id: '4698',
    layout: 'standard',
    subject: 'Downloading last year’s invoices',
    channel: 'Web form',
    origin: 'WebInteraction',
    via: 'via web form',
    status: 'Open',
    priority: 'Normal',
    type: 'Question',
    tags: ['billing', 'invoices'],
    requester: tomas,
    items: [
      {
        kind: 'comment',
        role: 'end-user',
        author: tomas,
        minutesAgo: 75,
        origin: 'WebInteraction',
        via: 'via web form',
        paragraphs: [
          'Hi there,',
          'Our accountant needs copies of all our invoices from last year for an audit. Is there a way to download them all at once from the billing page, or should I request them from you?',
          'Thanks a lot,',
          'Tomás',
        ],
      },
    ],
    cannedFollowUps: ['Just following up on the invoices. No rush, whenever you have a moment. Thanks!'],
  },
  RENEWAL_TICKET,
  SPANISH_TICKET,
];
