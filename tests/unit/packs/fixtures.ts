import type { PhrasePack } from '@/lib/packs';

/** A small valid pack; `changes` replace its fields. */
export function pack(changes: Partial<PhrasePack> = {}): PhrasePack {
  return {
    format: 1,
    id: 'acme-support',
    name: 'Acme support',
    version: '1.0.0',
    locale: 'en',
    author: 'Acme training team',
    description: 'Approved phrases for the Acme support desk.',
    updatedAt: '2026-03-01',
    steps: {
      listen: [{ id: 'listen-hear', text: 'I hear you, {{customer.firstName}}.' }],
      empathize: [{ id: 'empathize-sorry', text: 'I am sorry about this.', variants: { angry: 'I am truly sorry.' } }],
      clarify: [
        { id: 'clarify-order', text: 'Could you share the order number?' },
        { id: 'clarify-when', text: 'When did it start?' },
        { id: 'clarify-restate', text: 'So the problem is {{ticket.subject}}?', tags: ['restate'] },
      ],
      solve: [{ id: 'solve-options', text: 'Here are two options:\n1. A refund\n2. A credit' }],
      act: [{ id: 'act-by', text: 'I will update you by {{followUp.date}}.' }],
      document: [{ id: 'document-bye', text: 'Anything else I can help with?' }],
      boundary: [{ id: 'boundary-respect', text: 'Let us keep this respectful.' }],
    },
    ...changes,
  };
}

export const json = (value: unknown) => JSON.stringify(value);
