import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/lib/conversation';
import {
  fillVariables,
  isKnownVariable,
  KNOWN_VARIABLES,
  ownValue,
  segmentsOf,
  variablesFor,
  variablesIn,
  type VariableValues,
} from '@/lib/packs';
import { malformedPlaceholders, ONLY_KNOWN_VARIABLES } from '@/lib/packs/variables';

// Names every plain object inherits: a lookup that reaches Object.prototype finds a function for each.
const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty', 'isPrototypeOf'];

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

describe('variables', () => {
  it('lists the names the side panel fills', () => {
    expect(KNOWN_VARIABLES).toEqual([
      'customer.firstName',
      'customer.name',
      'agent.firstName',
      'ticket.id',
      'ticket.subject',
      'followUp.date',
    ]);
  });

  it('fills known variables that have a value and leaves the rest as written', () => {
    const text = 'Hi {{customer.firstName}}, about {{ ticket.id }}: {{followUp.date}} {{mystery}}';
    expect(fillVariables(text, { 'customer.firstName': 'Dana', 'ticket.id': '4711' })).toBe(
      'Hi Dana, about 4711: {{followUp.date}} {{mystery}}',
    );
  });

  it('never reads a value as a template', () => {
    expect(fillVariables('{{customer.name}}', { 'customer.name': '{{ticket.id}} $& $1' })).toBe('{{ticket.id}} $& $1');
  });

  it('cuts text into runs and placeholders for the preview', () => {
    expect(segmentsOf('Hi {{customer.firstName}}! {{nope}}', { 'customer.firstName': 'Dana' })).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'variable', name: 'customer.firstName', known: true, text: 'Dana' },
      { kind: 'text', text: '! ' },
      { kind: 'variable', name: 'nope', known: false, text: '{{nope}}' },
    ]);
  });

  it('finds the variables a text uses, once each, and near-misses', () => {
    expect(variablesIn('{{a.b}} {{ticket.id}} {{a.b}}')).toEqual(['a.b', 'ticket.id']);
    expect(malformedPlaceholders('{{customer name}} {{ticket.id} {ticket.id}} {{ok.fine}} {{')).toEqual([
      '{{customer name}}',
      '{{ticket.id}',
      '{ticket.id}}',
      '{{',
    ]);
  });

  it('looks values up by their own names only, never through the prototype', () => {
    for (const name of PROTOTYPE_NAMES) expect(ownValue({}, name)).toBeUndefined();
    expect(ownValue({ constructor: 'Dana' }, 'constructor')).toBe('Dana');
    // A value the object only inherits (a polluted prototype, say) is not the conversation's.
    const inherited = Object.create({ 'customer.name': 'Mallory' }) as VariableValues;
    expect(fillVariables('Hi {{customer.name}}', inherited)).toBe('Hi {{customer.name}}');
  });

  it('has a pattern, for the JSON Schema, that accepts a text exactly when all its variables are known', () => {
    const piece = fc.oneof(
      fc.constantFrom(...KNOWN_VARIABLES, ...PROTOTYPE_NAMES, 'custmer.name', 'ticket.idx', 'a.b', 'x_1'),
      fc.constantFrom('{{', '}}', '{', '}', ' ', '\n', '.', 'word', '{{ ', ' }}', '{{{'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(ONLY_KNOWN_VARIABLES.test(text)).toBe(variablesIn(text).every(isKnownVariable));
        expect(new RegExp(ONLY_KNOWN_VARIABLES.source, 'u').test(text)).toBe(ONLY_KNOWN_VARIABLES.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});

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

  describe('on Intercom, whose header is the conversation’s title or the customer’s name', () => {
    const intercom = (header: string): Conversation => ({
      ...conversation,
      helpdesk: 'intercom',
      subject: null,
      customer: { name: header, email: null },
      messages: conversation.messages.map((m) => (m.role === 'customer' ? { ...m, author: 'Noor Haddad' } : m)),
    });

    it('greets the customer by name, not by the title, and gives the title as the subject', () => {
      expect(variablesFor(intercom('Charged after cancelling'))).toMatchObject({
        'customer.firstName': 'Noor',
        'customer.name': 'Noor Haddad',
        'ticket.subject': 'Charged after cancelling',
      });
    });

    it('keeps a header that is the customer’s name as the name, with no subject', () => {
      const values = variablesFor(intercom('Noor Haddad'));
      expect(values).toMatchObject({ 'customer.firstName': 'Noor', 'customer.name': 'Noor Haddad' });
      expect(values['ticket.subject']).toBeUndefined();
    });
  });

  it('leaves out what it does not know, so the panel can ask', () => {
    const bare = { ...conversation, subject: null, customer: { name: null, email: null }, messages: [] };
    expect(variablesFor(bare)).toEqual({ 'ticket.id': '4711' });
  });

  it('holds nothing under any other name, so a phrase’s {{constructor}} finds no value', () => {
    const values = variablesFor(conversation) as Record<string, unknown>;
    for (const name of PROTOTYPE_NAMES) expect(values[name]).toBeUndefined();
  });
});
