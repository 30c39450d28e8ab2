import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/lib/conversation';
import { analyze, createAnalyzer } from '@/lib/framework';
import { convo } from './helpers';

// Lines written for the tests; random sequences of them make conversations of every shape.
const POOL = [
  'C: My order is late again, this is ridiculous!!',
  'C: WHERE IS MY REFUND',
  'C: You useless idiots.',
  'C: F this app, it crashed.',
  'C: Thanks, that worked 🙂',
  'C: Should I wait or reorder?',
  'C: I will cancel my account and post a review.',
  'C: DM sent',
  'C: Already tried that.',
  'C: What do you mean?',
  'A: Thanks for reaching out! How can we help?',
  'A: Oh no, I am so sorry about that.',
  'A: Which order number is it?',
  'A: You can choose a refund or a replacement.',
  "A: I've escalated this and I'll update you by 5pm today.",
  'A: Glad to hear it! Have a great day.',
  "A: I'm sorry you feel this way.",
  'B: I am the virtual assistant.',
  'N: Customer called twice about this.',
  'S: Ticket reassigned.',
];

const lines = fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 30 });

describe('createAnalyzer: the incremental path', () => {
  it('gives exactly what analyze() gives, as the conversation grows one message at a time', () => {
    fc.assert(
      fc.property(lines, (all) => {
        const analyzer = createAnalyzer();
        for (let n = 1; n <= all.length; n++) {
          const conversation = convo(...all.slice(0, n));
          expect(analyzer.analyze(conversation)).toEqual(analyze(conversation));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('re-reads a message whose text was edited', () => {
    const analyzer = createAnalyzer();
    const before = convo('C: What time do you open?');
    expect(analyzer.analyze(before).step).toBe('solve');
    const edited: Conversation = {
      ...before,
      messages: [{ ...before.messages[0]!, text: 'You stupid idiots, where is my order?' }],
    };
    expect(analyzer.analyze(edited)).toEqual(analyze(edited));
    expect(analyzer.analyze(edited).step).toBe('boundary');
  });

  it('re-reads a message whose role changed (a note made public is not the same message)', () => {
    const analyzer = createAnalyzer();
    const note = convo('C: Late again, ridiculous.', "N: I'm so sorry, poor service from us.");
    expect(analyzer.analyze(note).step).toBe('listen');
    const published: Conversation = {
      ...note,
      messages: [note.messages[0]!, { ...note.messages[1]!, internal: false }],
    };
    expect(analyzer.analyze(published)).toEqual(analyze(published));
    expect(analyzer.analyze(published).step).not.toBe('listen');
  });

  it('is deterministic and leaves its input alone', () => {
    const conversation = convo('C: Late again!!', 'A: Sorry to hear that.', 'C: I want a refund.');
    const copy = structuredClone(conversation);
    const first = analyze(conversation);
    expect(analyze(conversation)).toEqual(first);
    expect(createAnalyzer().analyze(conversation)).toEqual(first);
    expect(conversation).toEqual(copy);
  });
});
