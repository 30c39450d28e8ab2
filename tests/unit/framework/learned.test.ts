import { describe, expect, it } from 'vitest';
import { AGENT_ACTS, CUSTOMER_ACTS } from '@/lib/framework/acts';
import { analyze, SignalKind } from '@/lib/framework';
import type { ActModel, RoleModel } from '@/lib/framework/model/act-model';
import { createDetector } from '@/lib/framework/model/detector';
import { bucket, FEATURE_BITS } from '@/lib/framework/model/features';
import { cueReaderFor, readWith } from '@/lib/framework/reading';
import { convo } from './helpers';

const CUSTOMER = [...CUSTOMER_ACTS, ...SignalKind.options];

/** A model by hand: every detector near zero, except the words given, which push one detector up. */
function handModel(words: Record<string, string>, threshold = 0.5): ActModel {
  const role = (names: readonly string[]): RoleModel => {
    const weights = new Int8Array((1 << FEATURE_BITS) * names.length);
    for (const [word, name] of Object.entries(words)) {
      const d = names.indexOf(name);
      if (d < 0) continue;
      const { index, sign } = bucket('w:' + word);
      weights[index * names.length + d] = 127 * sign;
    }
    return { detectors: names.map((name) => ({ name, bias: -4, scale: 1, threshold })), weights };
  };
  return { customer: role(CUSTOMER), agent: role(AGENT_ACTS) };
}

// "Zorbled" is a word no cue list knows: only the learned detector can see the grievance in it.
const zorbled = convo('C: My parcel got zorbled on the way.');

describe('learned acts beside the cue words', () => {
  const model = handModel({ zorbled: 'grievance' });

  it('both: a detector fills what the cue words miss, quoting the words that carried it', () => {
    expect(analyze(zorbled, { model, acts: 'rules' }).step).not.toBe('listen');
    const guidance = analyze(zorbled, { model, acts: 'both' });
    expect(guidance.step).toBe('listen');
    expect(guidance.reason).toContain('zorbled');
  });

  it('reads with the cue words alone unless told otherwise, and needs a model to do more', () => {
    expect(analyze(zorbled)).toEqual(analyze(zorbled, { model, acts: 'rules' }));
    expect(() => analyze(zorbled, { acts: 'both' })).toThrow('analyze: acts "both" needs a model');
  });

  it('rules: the model is not consulted at all', () => {
    const rules = analyze(zorbled, { model, acts: 'rules' });
    expect(analyze(zorbled, { model: handModel({}), acts: 'rules' })).toEqual(rules);
  });

  it('learned: what only the cue words saw is gone', () => {
    const closing = convo('C: The app crashes.', 'A: Sorry about that, it is fixed now.', 'C: Thanks, all sorted now!');
    expect(analyze(closing, { model, acts: 'rules' }).step).toBe('document');
    expect(analyze(closing, { model, acts: 'learned' }).step).not.toBe('document');
  });

  it('offers an alternative step when the decision rests on a detection near its threshold', () => {
    const detect = createDetector(model.customer);
    const { info } = readWith(cueReaderFor(), zorbled.messages[0]!.text);
    const p = detect(info, false).probability(CUSTOMER.indexOf('grievance'));
    // Just above the threshold: listen, though it could as well have been what the rules alone say.
    const close = handModel({ zorbled: 'grievance' }, p - 0.05);
    const guidance = analyze(zorbled, { model: close, acts: 'both' });
    expect(guidance.step).toBe('listen');
    expect(guidance.alternative).toBe(analyze(zorbled, { model: close, acts: 'rules' }).step);
    // Far above it: no alternative.
    expect(
      analyze(zorbled, { model: handModel({ zorbled: 'grievance' }, 0.3), acts: 'both' }).alternative,
    ).toBeUndefined();
  });
});
