import { describe, expect, it } from 'vitest';
import { fillVariables, KNOWN_VARIABLES, segmentsOf, variablesIn } from '@/lib/packs';
import { malformedPlaceholders } from '@/lib/packs/variables';

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
});
