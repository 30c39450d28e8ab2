// Demo Intercom conversations (modelled on helpdesk-dom.md, Intercom Inbox rows "part groups and author kind"
// and "note / email parts / teammate name / avatar"; helpdesk-dom-2026.md renders the same data one row per
// part). Not real Intercom data. Written for the demo: 215, a customer whose express order has not arrived, a
// Fin bot answer he rejects, a system hand-over, a teammate who acknowledges and apologises, an internal
// note, and the customer still frustrated; 216, a calm address change answered by the teammate; 217, in
// Spanish, a gift that arrived broken (spanish-conversation.ts), listed last.
import { FIN, SYSTEM, TEAMMATE } from './cast';
import { SPANISH_CONVERSATION } from './spanish-conversation';

/** `data-part-group-category`: 1 customer, 3 teammate, 5 bot, 20 system, 4 note. */
export type GroupCategory = '1' | '3' | '5' | '20' | '4';

export interface Author {
  name: string;
  kind: 'user' | 'admin' | 'bot' | 'system';
}

export interface Part {
  minutesAgo: number;
  paragraphs: string[];
}

export interface PartGroup {
  category: GroupCategory;
  author: Author;
  parts: Part[];
}

export interface Customer {
  name: string;
  email: string;
  location: string;
  company: string;
  since: string;
}

/** What the details sidebar shows beside the conversation. */
export interface ConversationDetails {
  teamInbox: string;
  priority: 'Normal' | 'High';
  attributes: Array<[label: string, value: string]>;
  recent: string[];
}

export interface Conversation {
  id: string;
  customer: Customer;
  teammate: Author;
  groups: PartGroup[];
  details: ConversationDetails;
  cannedFollowUps: string[];
}

export { TEAMMATE };

const marco: Customer = {
  name: 'Marco Bellini',
  email: 'marco.bellini@example.com',
  location: 'Milan, Italy',
  company: 'Bellini Studio',
  since: 'Signed up 2 years ago',
};
const user: Author = { name: marco.name, kind: 'user' };

const CONVERSATION: Conversation = {
  id: '215',
  customer: marco,
  teammate: TEAMMATE,
  groups: [
    {
      category: '1',
      author: user,
      parts: [
        {
          minutesAgo: 53,
          paragraphs: [
            'Hi, my order #48213 was supposed to arrive last Friday. It is now Wednesday and there is still nothing.',
          ],
        },
        {
          minutesAgo: 52,
          paragraphs: ['The tracking page has not changed in 5 days. I paid for EXPRESS shipping!!'],
        },
      ],
    },
    {
      category: '5',
      author: FIN,
      parts: [
        {
          minutesAgo: 52,
          paragraphs: [
            'Sorry to hear your order is running late. Express orders usually arrive within 2 to 3 business days.',
            'You can follow your parcel at any time under Orders → Track shipment. Is there anything else I can help with?',
          ],
        },
      ],
    },
    {
      category: '1',
      author: user,
      parts: [
        {
          minutesAgo: 50,
          paragraphs: ['I JUST told you the tracking has not moved. I do not want a bot. Get me a real person, now.'],
        },
      ],
    },
    {
      category: '20',
      author: SYSTEM,
      parts: [{ minutesAgo: 49, paragraphs: ['Fin handed the conversation over to the team. Priya was assigned.'] }],
    },
    {
      category: '3',
      author: TEAMMATE,
      parts: [
        {
          minutesAgo: 41,
          paragraphs: [
            'Hi Marco, Priya here from the support team. I am really sorry: a week late on an express order is not okay, and I understand how frustrating it is to keep seeing the same tracking status.',
            'I am checking with our courier right now.',
          ],
        },
      ],
    },
    {
      category: '4',
      author: TEAMMATE,
      parts: [
        {
          minutesAgo: 38,
          paragraphs: [
            'Courier portal: parcel scanned at the Milan hub on the 12th, nothing since. Opened a trace (TR-55190). If no answer within 24h, offer a reship or a refund incl. the express fee.',
          ],
        },
      ],
    },
    {
      category: '1',
      author: user,
      parts: [
        {
          minutesAgo: 6,
          paragraphs: [
            '"Checking" is not good enough. I have been "checked on" before. I needed this for my sister\'s wedding on Saturday. Either it arrives by Friday or I want my money back, express fee included.',
          ],
        },
      ],
    },
  ],
  details: {
    teamInbox: 'Shipping & returns',
    priority: 'High',
    attributes: [
      ['Order', '#48213'],
      ['Shipping', 'Express'],
      ['Carrier', 'Courier trace TR-55190'],
    ],
    recent: ['Return label for order #39920 · closed', 'Change of billing address · closed'],
  },
  cannedFollowUps: [
    'It has been ages. Do you actually know where my parcel is or not?',
    'Honestly this is the worst delivery experience I have ever had. I want the express fee refunded at the very least.',
    'Hello?? I am still waiting for an answer.',
  ],
};

const aiko: Customer = {
  name: 'Aiko Tanaka',
  email: 'aiko.tanaka@example.com',
  location: 'Bristol, United Kingdom',
  company: 'Tanaka Ceramics',
  since: 'Signed up 8 months ago',
};
const aikoUser: Author = { name: aiko.name, kind: 'user' };

const ADDRESS_CHANGE: Conversation = {
  id: '216',
  customer: aiko,
  teammate: TEAMMATE,
  groups: [
    {
      category: '1',
      author: aikoUser,
      parts: [
        {
          minutesAgo: 16,
          paragraphs: [
            'Hi! I placed order #48377 this morning and only now noticed it is going to my old flat.',
            'Can I change the delivery address on my order? The new one is 14 Harbour Lane, Flat 3, Bristol BS1 4RW.',
          ],
        },
      ],
    },
    {
      category: '3',
      author: TEAMMATE,
      parts: [
        {
          minutesAgo: 12,
          paragraphs: [
            'Hi Aiko, thanks for catching it early! Your order has not been packed yet, so I have changed the delivery address to 14 Harbour Lane, Flat 3.',
            'A new confirmation email is on its way, and the delivery date stays the same.',
          ],
        },
      ],
    },
  ],
  details: {
    teamInbox: 'Shipping & returns',
    priority: 'Normal',
    attributes: [
      ['Order', '#48377'],
      ['Shipping', 'Standard'],
    ],
    recent: ['Exchange for a larger glaze set · closed'],
  },
  cannedFollowUps: [
    'Got the new confirmation, thank you!',
    'One more thing: could the courier leave it with my neighbour at number 12 if I am out?',
  ],
};

/** The conversations the demo inbox can open, newest activity first (the list shows them in this order). */
export const CONVERSATIONS: readonly Conversation[] = [CONVERSATION, ADDRESS_CHANGE, SPANISH_CONVERSATION];

/** The other conversations listed in the inbox (for the look only; not openable). */
export const OTHER_CONVERSATIONS: Array<{ name: string; preview: string; age: string }> = [
  { name: 'Lukas Becker', preview: 'That worked, thank you so much!', age: '34m' },
  { name: 'Fatima Noor', preview: 'The discount code says it has expired', age: '1h' },
  { name: 'Jordan Ellis', preview: 'Could you resend the invoice for March?', age: '2h' },
];
