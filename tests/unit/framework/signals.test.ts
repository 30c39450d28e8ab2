import { describe, expect, it } from 'vitest';
import { analyze, type SignalKind } from '@/lib/framework';
import { convo } from './helpers';

const kinds = (...lines: string[]) => analyze(convo(...lines)).signals.map((s) => s.kind);
const signal = (kind: SignalKind, ...lines: string[]) => analyze(convo(...lines)).signals.find((s) => s.kind === kind);

describe('customer signals', () => {
  it.each([
    ['angry', 'This is ridiculous, the third delay this week.', 'ridiculous'],
    ['angry', 'WHERE IS MY ORDER', 'WHERE IS MY ORDER'],
    ['angry', 'Where is my order!!!', '!!!'],
    ['angry', 'Still no refund 😡', '😡'],
    ['abusive', 'Where is my f*cking order', 'f*cking'],
    ['abusive', 'This sh1t app crashed again', 'sh1t'],
    ['abusive', 'WTF is going on with my bill', 'WTF'],
    ['abusive', 'What a piece of sh!t this phone is', 'sh!t'],
    ['abusive', 'You c*nts lost my bag', 'c*nts'],
    ['demanding', 'I want a refund today.', 'I want a'],
    ['indecisive', 'Should I wait for the courier or book a new slot?', 'Should I'],
    ['churn-risk', 'If this is not fixed I will cancel my contract.', 'cancel my'],
    ['public-complaint', 'I will be leaving a review on Trustpilot about this.', 'review'],
  ] as const)('%s from "%s", quoting the words', (kind, text, quote) => {
    const found = signal(kind, `C: ${text}`);
    expect(found?.evidence).toContain(quote);
    expect(found?.messageId).toBe('m0');
  });

  it.each(['This is crap.', 'Your app sucks.', 'Damn, it failed again.', 'Screw this update.'])(
    'mild words are not abusive: %s',
    (text) => {
      expect(kinds(`C: ${text}`)).not.toContain('abusive');
    },
  );

  it('a calm question raises no signal', () => {
    expect(kinds('C: Hi, what time does the Leeds store open on Sunday?')).toEqual([]);
  });

  it('worry alone is not anger', () => {
    expect(kinds('C: I am so worried, my passport was in that bag.')).not.toContain('angry');
  });

  it('capitals in thanks are not shouting', () => {
    expect(kinds('C: My order is late.', 'A: Sorry! It is on the van today.', 'C: THANK YOU SO MUCH!!')).toEqual([]);
  });

  it('acronyms are not shouting', () => {
    expect(kinds('C: I sent the PDF by DM after the USPS tracking updated.')).not.toContain('angry');
  });

  it('signals describe the latest customer turns only', () => {
    const g = analyze(
      convo(
        'C: This is fucking ridiculous.',
        "A: I'm sorry, let me fix that. Please try again now.",
        'C: Thanks, that worked.',
      ),
    );
    expect(g.signals).toEqual([]);
  });

  it('reads several customer turns in a row as one', () => {
    const g = analyze(convo('C: My order is late.', 'C: Again.', 'C: This is unacceptable, I want a refund.'));
    expect(g.signals.map((s) => [s.kind, s.messageId])).toEqual([
      ['angry', 'm2'],
      ['demanding', 'm2'],
    ]);
  });

  it('internal notes and bots never raise customer signals', () => {
    const g = analyze(
      convo(
        'C: Where is my order?',
        'B: I am a bot. Fucking ridiculous delays are annoying, I want a refund too!!!',
        'N: Customer is a total idiot, cancel my lunch.',
      ),
    );
    expect(g.signals).toEqual([]);
    expect(g.step).not.toBe('boundary');
  });

  it('says so when a bot, not a person, answered', () => {
    const g = analyze(convo('C: My order is late again, unacceptable.', 'B: Hi! I am the virtual assistant.'));
    expect(g.reason).toMatch(/bot/);
    const afterHuman = analyze(
      convo('C: My order is late.', 'A: Sorry to hear that.', 'C: Still late.', 'B: Our bot here.', 'C: Hello?'),
    );
    expect(afterHuman.reason).toMatch(/A bot, not a person, sent the last reply/);
  });

  it('a bot apology does not complete the checklist', () => {
    const g = analyze(convo('C: My order is late again, unacceptable.', "B: We're sorry to hear that!", 'C: Hello?'));
    expect(g.completed).toEqual([]);
    expect(g.step).toBe('listen');
  });

  it.each([
    ['angry', 'Where is my refund??? Answer me', '???'],
    ['angry', 'So p***ed off with the late bus', 'p***ed'],
    ['angry', 'Well done, another hour on hold and no answer', 'Well done'],
    ['demanding', 'Send an engineer here today.', 'Send an engineer'],
    ['demanding', 'All we want is our deposit back.', 'All we want is'],
    ['indecisive', 'Should I wait for the courier or rebook the slot?', 'Should I'],
    ['churn-risk', 'Already looking for an alternative bank.', 'alternative'],
    ['public-complaint', 'Everyone should avoid this shop.', 'avoid'],
  ] as const)('%s from "%s" (general patterns: "???", masking, sarcasm, imperatives, choices)', (kind, text, quote) => {
    expect(signal(kind, `C: ${text}`)?.evidence).toContain(quote);
  });

  it.each([
    ['angry', 'Great job, it works now. Thank you!'],
    ['demanding', 'How can I fix it?'],
    ['demanding', 'Sort of an inconvenience, but fine.'],
    ['indecisive', 'Should I have to pay twice for this?'],
    ['angry', 'My username is Furious_Fox, can you check my account?'],
  ] as const)('no %s from "%s"', (kind, text) => {
    expect(kinds(`C: ${text}`)).not.toContain(kind);
  });
});
