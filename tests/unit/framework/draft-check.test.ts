import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '@/lib/framework';
import { checkDraft, judgeDraft, readDraft, STEP_PARTS } from '@/lib/framework/draft-check';
import { DraftRead } from '@/lib/framework/draft-parts';
import { builtInModel } from '@/lib/framework/model/built-in';
import { STEPS, type GuidanceStep } from '@/lib/framework/steps';
import { convo } from './helpers';

const performed = (text: string, step: GuidanceStep) => checkDraft(text, step).performed;
const missing = (text: string, step: GuidanceStep) => checkDraft(text, step).missing;

describe('the draft check', () => {
  it('says which parts of the step the draft performs, with its own words, and which it still misses', () => {
    expect(checkDraft('Oh no, a cracked screen on day one is not good.', 'empathize')).toEqual({
      step: 'empathize',
      performed: [{ part: 'acknowledge', evidence: 'Oh no, a cracked screen on day one is not good' }],
      missing: [{ part: 'apology', near: null }],
    });
    expect(performed('Oh no. I am so sorry the tablet arrived cracked.', 'empathize').map((p) => p.part)).toEqual([
      'acknowledge',
      'apology',
    ]);
  });

  it('an empty or unrelated draft performs nothing', () => {
    expect(checkDraft('', 'listen')).toEqual({
      step: 'listen',
      performed: [],
      missing: [{ part: 'acknowledge', near: null }],
    });
    expect(performed('The weather in Leeds is grey again.', 'solve')).toEqual([]);
  });

  it('formulaic regret is not an apology, and says so with the words', () => {
    expect(missing('I am sorry you feel that way about the bill.', 'empathize')).toContainEqual({
      part: 'apology',
      near: { why: 'formulaic', evidence: 'I am sorry you feel that way about the bill' },
    });
  });

  it('a promise with no time is "no time given yet"; with a time it is the action', () => {
    expect(missing('I will chase the warehouse about your parcel.', 'act')).toEqual([
      { part: 'act', near: { why: 'untimed', evidence: 'I will chase the warehouse about your parcel' } },
    ]);
    expect(performed('I will chase the warehouse and update you by Friday.', 'act')).toEqual([
      { part: 'act', evidence: 'I will chase the warehouse and update you by Friday' },
    ]);
  });

  it('a generic opener is not an acknowledgement', () => {
    expect(missing('Thanks for reaching out!', 'listen')).toEqual([
      { part: 'acknowledge', near: { why: 'generic', evidence: 'Thanks for reaching out' } },
    ]);
  });

  it('reads clarify, solve, document and the boundary’s offer to continue', () => {
    expect(performed('Which size did you order, the medium or the large?', 'clarify')[0]?.part).toBe('clarify');
    expect(performed('We can offer a store credit or a replacement lamp.', 'solve')[0]?.part).toBe('solve');
    expect(performed('Glad that worked. Have a great weekend!', 'document')[0]?.part).toBe('document');
    expect(performed('I am happy to keep going if we keep it civil. Would you like to continue?', 'boundary')).toEqual([
      { part: 'continue', evidence: 'Would you like to continue' },
    ]);
  });

  it('agrees with the checklist: a draft performs a step exactly when, sent, it would tick it', () => {
    const drafts = [
      'Oh dear, that is not the experience we want for you.',
      'So sorry about the mix-up with your seats.',
      'Just to check, was the charge on the 4th or the 5th?',
      'You could try restarting the router while holding the reset button.',
      'I have issued the refund and you will see it within 3 days.',
      'Take care, and enjoy the new kettle!',
      'Thanks for getting in touch, happy to help.',
    ];
    for (const draft of drafts) {
      const ticked = analyze(convo('C: The order was wrong and I am fed up.', `A: ${draft}`)).completed.map(
        (c) => c.step,
      );
      for (const step of ['listen', 'empathize', 'clarify', 'solve', 'act', 'document'] as const) {
        const main = STEP_PARTS[step].at(-1)!;
        const done = performed(draft, step).some((p) => p.part === main);
        expect({ draft, step, done }).toEqual({ draft, step, done: ticked.includes(step) });
      }
    }
  });

  it('uses the engine’s language and the learned detectors when asked, as analyze does', () => {
    const spanish: AnalyzeOptions = { locale: 'es' };
    expect(performed('Lo siento mucho, de verdad.', 'empathize').map((p) => p.part)).not.toContain('apology');
    expect(checkDraft('Lo siento mucho, de verdad.', 'empathize', spanish).performed.map((p) => p.part)).toContain(
      'apology',
    );
    expect(() => readDraft('Hi', { acts: 'both' })).toThrow(/needs a model/);
    const learned = readDraft('Let me get that sorted for you straight away.', { acts: 'both', model: builtInModel() });
    expect(DraftRead.safeParse(learned).success).toBe(true);
  });

  it('asks something of every step, boundary included', () => {
    for (const step of Object.keys(STEPS) as GuidanceStep[]) expect(STEP_PARTS[step].length).toBeGreaterThan(0);
    const read = readDraft('Oh no.');
    expect(judgeDraft(read, 'listen')).toEqual(checkDraft('Oh no.', 'listen'));
  });
});
