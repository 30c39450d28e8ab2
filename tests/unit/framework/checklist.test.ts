import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/framework';
import { convo } from './helpers';

const completed = (...lines: string[]) => analyze(convo(...lines)).completed;

describe('the checklist of what the agent has done', () => {
  it('recognises each step in the agent replies, with the reply id and the words', () => {
    const done = completed(
      'C: My washing machine arrived broken. Unacceptable.',
      'A: Oh no, that is not what we want to hear.',
      "A: I'm really sorry about this.",
      'A: Just to confirm, is the drum damaged or does it not power on?',
      'C: It does not power on.',
      'A: We can offer a replacement or a full refund.',
      'C: Replacement please.',
      "A: I've booked the replacement and I'll update you by 5pm tomorrow.",
      'C: Great, thanks.',
      'A: Glad we could sort it. Have a great day!',
    );
    expect(done).toEqual([
      // Each quote is the clause that performed the step, never a fragment of it.
      { step: 'listen', messageId: 'm1', evidence: 'Oh no, that is not what we want to hear' },
      { step: 'empathize', messageId: 'm2', evidence: "I'm really sorry about this" },
      { step: 'clarify', messageId: 'm3', evidence: 'Just to confirm, is the drum damaged or does it not power on' },
      { step: 'solve', messageId: 'm5', evidence: 'We can offer a replacement or a full refund' },
      { step: 'act', messageId: 'm7', evidence: "I've booked the replacement and I'll update you by 5pm tomorrow" },
      { step: 'document', messageId: 'm9', evidence: 'Have a great day' },
    ]);
  });

  it('a specific question counts as clarifying; a generic one does not', () => {
    expect(completed('C: It broke.', 'A: How can we help?').map((c) => c.step)).not.toContain('clarify');
    expect(completed('C: It broke.', 'A: Which model do you have?')[0]).toMatchObject({
      step: 'clarify',
      evidence: 'Which model do you have?',
    });
  });

  it('a promise needs a time to count as taking action', () => {
    expect(completed('C: Late.', "A: We'll look into it.").map((c) => c.step)).not.toContain('act');
    expect(completed('C: Late.', "A: We'll look into it and reply within 24 hours.").map((c) => c.step)).toContain(
      'act',
    );
  });

  it('"sorry you feel this way" and a bare "sorry?" are not apologies', () => {
    expect(completed('C: Awful.', "A: I'm sorry you feel this way.")).toEqual([]);
    expect(completed('C: It went wrong.', 'A: How do you mean, sorry?').map((c) => c.step)).not.toContain('empathize');
  });

  it('an internal note after a reply is the record that step 6 asks for, but never an acknowledgement', () => {
    expect(
      completed('C: Late again.', 'A: Which order is it?', 'N: Oh no, so sorry. Logged as a courier complaint.'),
    ).toContainEqual({ step: 'document', messageId: 'm2', evidence: 'internal note' });
    const steps = completed('C: Late again.', 'A: Which order is it?', 'N: Oh no, so sorry.').map((c) => c.step);
    expect(steps).not.toContain('listen');
    expect(steps).not.toContain('empathize');
  });

  it('a teammate’s note written before any reply documents nothing the agent did', () => {
    expect(completed('C: Late again.', 'N: Triage: courier complaint, VIP customer.')).toEqual([]);
    expect(
      completed('C: Late again.', 'N: Triage: courier.', 'A: Which order is it?').map((c) => c.step),
    ).not.toContain('document');
  });
});
