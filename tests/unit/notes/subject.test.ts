import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/lib/conversation/model';
import { openingWords, pageHeader } from '@/lib/notes/subject';
import { conversation, message } from './helpers';

const named = (
  author: string | null,
  text = 'My card was charged twice for one order, please refund the second charge now',
) => ({
  ...message('c1', 'customer', text),
  author,
});

function intercom(header: string | null, authors: Array<string | null>): Conversation {
  return conversation({
    helpdesk: 'intercom',
    subject: null,
    customer: { name: header, email: null },
    messages: authors.map((author, i) => ({ ...named(author), id: `c${i}` })),
  });
}

describe('openingWords', () => {
  it('keeps a dozen words, spaces tidied, and marks a cut', () => {
    expect(openingWords('  Where   is\nmy refund?  ')).toBe('Where is my refund?');
    expect(openingWords('one two three four five six seven eight nine ten eleven twelve thirteen')).toBe(
      'one two three four five six seven eight nine ten eleven twelve…',
    );
    expect(openingWords(' \n ')).toBeNull();
  });
});

describe('pageHeader', () => {
  it('takes a Zendesk ticket’s subject and requester as the page shows them, with the opening words', () => {
    expect(pageHeader(conversation())).toEqual({
      subject: 'Refund not received',
      customerName: 'Maria Garcia',
      opening: 'Where is my refund?!',
    });
  });

  it('takes an Intercom header that names nobody in the stream as the conversation’s title', () => {
    expect(pageHeader(intercom('Double charge on order 1234', ['Noor Haddad', 'Noor Haddad']))).toEqual({
      subject: 'Double charge on order 1234',
      customerName: 'Noor Haddad',
      opening: 'My card was charged twice for one order, please refund the second…',
    });
  });

  it('keeps an Intercom header that is the customer’s name as the name: no title, the opening words stand in', () => {
    for (const authors of [['Noor Haddad'], [null], [], ['Noor Haddad', 'Sam Lee']]) {
      expect(pageHeader(intercom('Noor Haddad', authors))).toMatchObject({
        subject: null,
        customerName: 'Noor Haddad',
      });
    }
    // No header at all: the stream's name, still no title.
    expect(pageHeader(intercom(null, ['Noor Haddad']))).toMatchObject({ subject: null, customerName: 'Noor Haddad' });
  });

  it('never reads internal notes or agents as the customer’s first message', () => {
    const c = conversation({
      messages: [
        { ...message('n1', 'customer', 'Internal: VIP account'), internal: true },
        message('a1', 'agent', 'Hello, how can I help?'),
        message('c1', 'customer', 'My parcel never arrived.'),
      ],
    });
    expect(pageHeader(c).opening).toBe('My parcel never arrived.');
    expect(pageHeader(conversation({ messages: [message('a1', 'agent', 'Hi')] })).opening).toBeNull();
  });
});
