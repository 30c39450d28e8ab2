import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/framework';
import { convo } from './helpers';

// The readings of step-labels.md written down in eval/README.md ("How we apply the rules"), one invented
// conversation each.
const step = (...lines: string[]) => analyze(convo(...lines)).step;

describe('listen: what counts as a grievance and as an acknowledgement', () => {
  it('counting lost time in the first message is a grievance', () => {
    expect(step('C: Three days without internet now and nobody has come out.')).toBe('listen');
    expect(step('C: Five days without a working phone line.')).toBe('listen');
  });

  it('time in a question or a later answer is not', () => {
    expect(step('C: Will my parcel arrive in 2 days?')).not.toBe('listen');
    expect(
      step('C: How do I reset my router?', 'A: Which model is it?', 'C: The white one, I bought it 2 weeks ago.'),
    ).not.toBe('listen');
  });

  it('worry or sadness alone asks for the problem, not for acknowledgement first', () => {
    expect(step('C: I cannot finish my check in 😭 help please')).toBe('clarify');
  });

  it('"far too long" acknowledges the problem', () => {
    expect(
      step(
        'C: The cable box shows nothing and your phone line kept me waiting for ages.',
        'A: A wait like that is far too long. Is it only the TV, or the internet as well?',
        'C: Only the TV.',
      ),
    ).toBe('solve');
  });

  it('a question about the product ("why is it still …?") is not a grievance by itself', () => {
    expect(
      step(
        'C: When is the next update for my phone?',
        'A: The current version is 7.0. Is that what you have?',
        'C: Right, and why is it still version 7 then?',
      ),
    ).not.toBe('listen');
  });
});

describe('clarify', () => {
  it('a fault with "any ideas?" or "can you help?" asks for the details first', () => {
    expect(step('C: My new speaker will not pair with my laptop. Any ideas?')).toBe('clarify');
    expect(step('C: Could you help me with my gift card?')).toBe('clarify');
  });

  it('a challenge only challenges an answer: a first message is not one', () => {
    expect(step('C: The problem is that my card was charged twice for one order.')).not.toBe('clarify');
    expect(
      step(
        'C: My card was charged twice for one order.',
        'A: Sorry to hear that! The second charge is a pending authorisation.',
        'C: Does that mean the money comes back to me?',
      ),
    ).toBe('clarify');
  });

  it('an upset reply without the details that were asked for means asking again', () => {
    expect(
      step(
        'C: My order never arrived.',
        'A: Sorry about that. Please DM us your order number so we can check.',
        'C: I have already told your colleagues three times and nobody helped, this is ridiculous.',
      ),
    ).toBe('clarify');
  });
});

describe('act: details, promises and accepted proposals', () => {
  it('a short calm reply to a request for details is the detail itself', () => {
    const asked = ['C: My milk was off.', 'A: Sorry about that! What store did you buy it from?'];
    expect(step(...asked, 'C: The Leeds high street store, this morning.')).toBe('act');
    expect(step(...asked, 'C: Which stores sell the organic one?')).toBe('solve');
  });

  it('"Done" alone, or a link, answers a request for a DM or a screenshot', () => {
    expect(step('C: My parcel is lost.', 'A: Sorry! Please DM us your order number.', 'C: Done')).toBe('act');
    expect(
      step(
        'C: My parcel is lost.',
        'A: Sorry! Could you share a screenshot showing the tracking?',
        'C: https://t.co/x',
      ),
    ).toBe('act');
  });

  it('a detail named in a statement is not a request for it', () => {
    expect(
      step(
        'C: Was my booking confirmed?',
        'A: Yes, your booking number is on the confirmation email.',
        'C: Ok, thank you so much for your help',
      ),
    ).toBe('document');
  });

  it('"yes" accepts what the reply proposed, but only answers a diagnostic question', () => {
    expect(step('C: My parcel is late.', 'A: Sorry! Would you like us to send a replacement?', 'C: Yes')).toBe('act');
    expect(step('C: The app crashes.', 'A: Have you restarted your phone?', 'C: Yes')).toBe('solve');
  });

  it('after a promise to act on the case, what the customer adds is followed through', () => {
    expect(
      step(
        'C: My refund is missing.',
        "A: Sorry for the trouble. I've escalated this and we will update you.",
        'C: It has been two days now.',
      ),
    ).toBe('act');
  });

  it('a promise only to pass feedback on is not a promise about the case', () => {
    expect(
      step(
        'C: The new design is missing the old playlist button.',
        "A: Sorry about that, we'll pass your feedback on to the team.",
        'C: Is there another way to save the playlist?',
      ),
    ).toBe('solve');
  });
});

describe('document', () => {
  it('a last short thanks closes a run even after a question in it', () => {
    expect(
      step(
        'C: Was my payment taken?',
        'A: Yes, the payment went through and your tickets are in your inbox.',
        'C: So I do not need to pay again?',
        'C: Ok thank you',
      ),
    ).toBe('document');
  });

  it('"all set now" and "don\'t worry about it" close the conversation', () => {
    expect(
      step(
        'C: My mail app rejects my password.',
        'A: Did it work after?',
        'C: Found a setting on my side. All set now.',
      ),
    ).toBe('document');
    expect(
      step('C: Do you stock oat milk?', 'A: Which store?', "C: Don't worry about it, my neighbour lent me some."),
    ).toBe('document');
  });

  it('"tomorrow" alone does not mean the customer will try later', () => {
    expect(
      step(
        'C: My flight was cancelled.',
        'A: Sorry to hear that. We can rebook you on the 6pm.',
        'C: So I sit at the station until tomorrow? That is ridiculous.',
      ),
    ).not.toBe('document');
  });
});
