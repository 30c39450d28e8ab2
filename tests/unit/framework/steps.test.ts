import { describe, expect, it } from 'vitest';
import { analyze, Guidance } from '@/lib/framework';
import { convo } from './helpers';

describe('step: what the next reply should do', () => {
  it('listen: a grievance nobody has acknowledged', () => {
    const g = analyze(convo('C: My parcel was due on Monday and it still has not arrived. Really disappointed.'));
    expect(g.step).toBe('listen');
    expect(g.reason).toMatch(/no one has acknowledged/);
    expect(Guidance.parse(g)).toEqual(g);
  });

  it('listen: a generic opener is not an acknowledgement, and the reason says so', () => {
    const g = analyze(
      convo(
        'C: My card was billed two times for one order, this is unacceptable.',
        'A: Thanks for reaching out, happy to help! Can you tell us more?',
        'C: Two payments of 40 pounds on the same day.',
      ),
    );
    expect(g.step).toBe('listen');
    expect(g.reason).toContain('generic opener');
    expect(g.completed.map((c) => c.step)).not.toContain('listen');
  });

  it('empathize: acknowledged but not apologised while the customer is still upset', () => {
    const g = analyze(
      convo(
        'C: Your engineer never turned up and I took the day off. Ridiculous.',
        'A: I understand this is frustrating. Which day was the visit booked for?',
        'C: Tuesday, and I am still furious about it.',
      ),
    );
    expect(g.step).toBe('empathize');
    expect(g.reason).toMatch(/acknowledged .* but not apologised/);
  });

  it('empathize: "sorry you feel this way" is not an apology', () => {
    const g = analyze(
      convo(
        'C: Your app deleted my notes. Absolutely shocking.',
        "A: I'm sorry you feel this way. That's not what we want to see.",
        'C: Well I do feel this way, it is shocking.',
      ),
    );
    expect(g.step).toBe('empathize');
    expect(g.reason).toContain('does not count as an apology');
    expect(g.completed.map((c) => c.step)).not.toContain('empathize');
  });

  it('once the agent has apologised the step moves on', () => {
    const g = analyze(
      convo(
        'C: Your engineer never turned up. Ridiculous.',
        "A: I'm so sorry about that, it's not the service we want to give. Which day was it booked for?",
        'C: Tuesday, the 14th. Still annoyed.',
      ),
    );
    expect(g.step).not.toBe('empathize');
    expect(g.step).not.toBe('listen');
  });

  it('clarify: a plain fault report without details', () => {
    expect(analyze(convo('C: The app will not load on my tablet.')).step).toBe('clarify');
  });

  it('clarify: the customer challenges the last answer', () => {
    const g = analyze(
      convo(
        'C: How do I change my delivery address?',
        'A: You can change it under Settings > Addresses.',
        "C: That's not what I asked, I mean for an order already placed.",
      ),
    );
    expect(g.step).toBe('clarify');
  });

  it('solve: a calm question that can be answered', () => {
    expect(analyze(convo('C: How do I change my delivery address?')).step).toBe('solve');
  });

  it('solve: the customer already tried the suggestion', () => {
    const g = analyze(
      convo(
        'C: The app will not load on my tablet.',
        'A: Which version are you on? Please try restarting the tablet.',
        'C: Already tried that, it did not work.',
      ),
    );
    expect(g.step).toBe('solve');
    expect(g.reason).toMatch(/did not work or was already tried/);
  });

  it('act: the customer accepts an option', () => {
    const g = analyze(
      convo(
        'C: The kettle I bought is broken.',
        'A: Oh no, sorry to hear that. Would you like a replacement or a refund?',
        'C: Yes please, that would be great.',
      ),
    );
    expect(g.step).toBe('act');
  });

  it('act: the customer sent the details the agent asked for', () => {
    const g = analyze(
      convo(
        'C: My order has not arrived.',
        'A: Sorry to hear that! Please DM us your order number so we can check.',
        'C: DM sent',
      ),
    );
    expect(g.step).toBe('act');
  });

  it('act: the customer is waiting on a promised follow-up', () => {
    const g = analyze(
      convo(
        'C: My refund has not come through.',
        "A: I'm sorry about the wait. I've escalated it and I'll update you by Friday.",
        'C: Any update? Still waiting.',
      ),
    );
    expect(g.step).toBe('act');
  });

  it('document: resolved and thanked', () => {
    const g = analyze(
      convo('C: The app will not load.', 'A: Please try reinstalling it.', 'C: That worked, thanks so much!'),
    );
    expect(g.step).toBe('document');
    expect(g.signals).toEqual([]);
  });

  it('listen: no customer message yet', () => {
    expect(analyze(convo('A: Hello, how can we help?')).step).toBe('listen');
  });
});

describe('quotes', () => {
  it('quote the clause that did it, never a fragment of a cue', () => {
    expect(analyze(convo('C: Is there a way to move my booking to Friday?')).reason).toContain(
      '"Is there a way to move my booking to Friday"',
    );
    expect(analyze(convo('C: I want my money back for the broken chair.')).reason).toContain(
      '"I want my money back for the broken chair"',
    );
  });
});

describe('boundary', () => {
  it('abuse aimed at the agent sets a boundary, with warning, continuing, supervisor and ending', () => {
    const g = analyze(convo('C: You are a useless idiot.'));
    expect(g.step).toBe('boundary');
    expect(g.reason).toMatch(/warn once/);
    expect(g.reason).toMatch(/offer to continue/);
    expect(g.reason).toMatch(/supervisor/);
    expect(g.reason).toMatch(/end it/);
    expect(g.signals.map((s) => s.kind)).toContain('abusive');
  });

  it.each(['Fuck you.', 'You stupid cunts.', 'Are you dense?', 'You lot are shit.', 'Your staff are idiots.'])(
    'aimed abuse: %s',
    (text) => {
      expect(analyze(convo(`C: ${text}`)).step).toBe('boundary');
    },
  );

  it.each([
    'Absolute wankers, the lot of you.',
    'What a bunch of clowns you are.',
    'Your staff are a bunch of morons.',
  ])('the insult can come before "you", or after "your staff are a bunch of": %s', (text) => {
    expect(analyze(convo(`C: ${text}`)).step).toBe('boundary');
  });

  it.each([
    'This is fucking ridiculous, my order is late again.',
    'Your shitty app lost my booking.',
    'F this airline, three hours late.',
    'Your app is shit.',
    'You fucked this up again.',
  ])('profanity about the situation is abusive but keeps the normal step: %s', (text) => {
    const g = analyze(convo(`C: ${text}`));
    expect(g.step).not.toBe('boundary');
    expect(g.signals.map((s) => s.kind)).toContain('abusive');
  });

  it('a second abusive outburst points to a supervisor or ending the conversation', () => {
    const g = analyze(
      convo(
        'C: Fuck you.',
        'A: I want to help, but I will not accept abusive language. Shall we continue?',
        'C: Shut up you moron.',
      ),
    );
    expect(g.step).toBe('boundary');
    expect(g.reason).toMatch(/again/);
  });

  it('names the message that triggered it: the latest turn that aims abuse at the agent', () => {
    const g = analyze(convo('C: wtf is this, still no parcel', 'C: you useless clowns, the lot of you'));
    expect(g.step).toBe('boundary');
    expect(g.boundary).toEqual({ messageId: 'm1', evidence: expect.stringContaining('useless clowns') });
    expect(g.reason).toContain('useless clowns');
  });

  it('returns to the steps, and says so, when the customer steps back from the abuse', () => {
    const sameRun = analyze(
      convo('C: My parcel is lost. You useless idiots.', 'C: Sorry. I am just so fed up with this.'),
    );
    expect(sameRun.step).not.toBe('boundary');
    expect(sameRun.boundary).toBeUndefined();
    expect(sameRun.reason).toContain('no longer abusive');
    const afterReply = analyze(
      convo(
        'C: Fuck you, where is my parcel?',
        'A: I want to help, and I will not accept abusive language. Shall we continue?',
        'C: Fine. Order 4471, it was due Monday.',
      ),
    );
    expect(afterReply.step).not.toBe('boundary');
    expect(afterReply.reason).toContain('no longer abusive');
    // Still abusive after stepping back: the boundary stands.
    expect(analyze(convo('C: You useless idiots.', 'C: Sorry.', 'C: No actually, fuck you.')).step).toBe('boundary');
  });

  it('an insult the customer aims at themselves is not abuse', () => {
    const g = analyze(convo('C: I feel like an idiot, I typed the wrong address.'));
    expect(g.step).not.toBe('boundary');
    expect(g.signals.map((s) => s.kind)).not.toContain('abusive');
  });
});
