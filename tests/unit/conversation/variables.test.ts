import { describe, expect, it } from 'vitest';
import { variablesFor } from '@/lib/conversation/variables';
import type { Conversation } from '@/lib/conversation';

const conversation: Conversation = {
  helpdesk: 'zendesk',
  id: '4711',
  subject: ' Charged twice ',
  customer: { name: 'Dana  Whitfield', email: 'dana@example.com' },
  channel: 'email',
  messages: [
    {
      id: 'a',
      role: 'agent',
      author: 'Sam Ortega',
      internal: false,
      text: 'Hi',
      at: null,
      channel: null,
      attachments: [],
    },
    {
      id: 'b',
      role: 'customer',
      author: 'Dana',
      internal: false,
      text: 'Hello',
      at: null,
      channel: null,
      attachments: [],
    },
  ],
};

describe('variablesFor', () => {
  it('fills what the conversation knows', () => {
    expect(variablesFor(conversation)).toEqual({
      'customer.firstName': 'Dana',
      'customer.name': 'Dana  Whitfield',
      'agent.firstName': 'Sam',
      'ticket.id': '4711',
      'ticket.subject': 'Charged twice',
    });
  });

  it('prefers the agent’s own name and takes the follow-up date from the notes', () => {
    expect(variablesFor(conversation, { agentName: 'Priya Nair', followUpDate: '2026-11-25' })).toMatchObject({
      'agent.firstName': 'Priya',
      'followUp.date': '2026-11-25',
    });
  });

  it('leaves out what it does not know, so the panel can ask', () => {
    const bare = { ...conversation, subject: null, customer: { name: null, email: null }, messages: [] };
    expect(variablesFor(bare)).toEqual({ 'ticket.id': '4711' });
  });
});
