import { describe, expect, it } from 'vitest';
import { encodeWeights, loadActModel, type ActModelFile, type RoleModel } from '@/lib/framework/model/act-model';
import { createDetector } from '@/lib/framework/model/detector';
import { FEATURE_BITS } from '@/lib/framework/model/features';
import { cueReaderFor, readWith } from '@/lib/framework/reading';
import type { CorpusConversation } from '../../../scripts/corpus/schema';
import { examplesOf, HEADS } from '../../../scripts/train/examples';
import { train } from '../../../scripts/train/logistic';
import { probabilities, quantize } from '../../../scripts/train/quantize';

// A tiny corpus written for this test: enough for a model to learn a refund request from a thank-you.
const corpus: CorpusConversation[] = [
  ['I want a refund for the broken kettle', 'Thanks, all sorted now!'],
  ['Refund me for the late parcel please', 'Great, thank you so much'],
  ['Where is my refund? It has been a week', 'ok thanks'],
  ['Can I get my money back, a refund would do', 'Thank you, that fixed it'],
].map(([first, second], i) => ({
  id: `t-${i}`,
  lang: 'en',
  channel: 'chat',
  industry: 'retail',
  brief: 'written for the unit test',
  turns: [
    { role: 'customer', text: first!, acts: ['asks-compensation'], signals: [], step: 'solve' },
    {
      role: 'agent',
      text: 'Sorry to hear that. I have issued it and it lands by Friday.',
      acts: ['apology', 'commits-with-time'],
    },
    { role: 'customer', text: second!, acts: ['closing'], signals: [], step: 'document' },
  ],
}));

const settings = { epochs: 6, learningRate: 0.4, l2: 1e-5, seed: 7, maxUpweight: 8 };

function trainCustomer(seed = settings.seed): RoleModel {
  return quantize(train(examplesOf(corpus, 'customer'), HEADS.customer.length, { ...settings, seed }), HEADS.customer);
}

function fileOf(customer: RoleModel, agent: RoleModel): ActModelFile {
  return {
    format: 1,
    bits: FEATURE_BITS,
    trainedOn: { conversations: corpus.length },
    customer: { detectors: [...customer.detectors], weights: encodeWeights(customer.weights) },
    agent: { detectors: [...agent.detectors], weights: encodeWeights(agent.weights) },
  };
}

describe('training the act detectors', () => {
  it('is deterministic: the same corpus and seed give the same weights', () => {
    const a = trainCustomer();
    const b = trainCustomer();
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(a.detectors).toEqual(b.detectors);
    // A different seed shuffles differently, so the check above can fail.
    expect(Buffer.from(trainCustomer(8).weights.buffer).equals(Buffer.from(a.weights.buffer))).toBe(false);
  });

  it('learns what it was shown', () => {
    const model = trainCustomer();
    const detect = createDetector(model);
    const reader = cueReaderFor();
    const at = HEADS.customer.indexOf('asks-compensation');
    const p = (text: string) => {
      const { info } = readWith(reader, text);
      return detect(info, false).probability(at);
    };
    expect(p('I want a refund')).toBeGreaterThan(0.5);
    expect(p('thanks, sorted')).toBeLessThan(0.5);
  });

  it('the exported model round-trips through the committed file format', () => {
    const customer = trainCustomer();
    const agent = quantize(train(examplesOf(corpus, 'agent'), HEADS.agent.length, settings), HEADS.agent);
    const loaded = loadActModel(JSON.parse(JSON.stringify(fileOf(customer, agent))));
    expect(loaded.customer.detectors).toEqual(customer.detectors);
    expect(Buffer.from(loaded.customer.weights.buffer).equals(Buffer.from(customer.weights.buffer))).toBe(true);
    expect(Buffer.from(loaded.agent.weights.buffer).equals(Buffer.from(agent.weights.buffer))).toBe(true);
  });

  it('the detector scores exactly as training measured it', () => {
    const model = trainCustomer();
    const detect = createDetector(model);
    const examples = examplesOf(corpus, 'customer');
    const texts = corpus.flatMap((c) => c.turns.filter((t) => t.role === 'customer').map((t) => t.text));
    texts.forEach((text, i) => {
      const { info } = readWith(cueReaderFor(), text);
      const scored = detect(info, false);
      const slow = probabilities(model, examples[i]!);
      slow.forEach((p, d) => expect(scored.probability(d)).toBeCloseTo(p, 5));
    });
  });

  it('refuses a model file that is not one, saying why', () => {
    const customer = trainCustomer();
    const file = fileOf(customer, customer);
    expect(() => loadActModel({ ...file, bits: 14 })).toThrow();
    expect(() => loadActModel({ ...file, customer: { ...file.customer, weights: 'AAAA' } })).toThrow(
      /customer: 3 weights/,
    );
    const bad = { ...file.customer.detectors[0]!, threshold: 1.5 };
    expect(() => loadActModel({ ...file, agent: { ...file.agent, detectors: [bad] } })).toThrow();
  });
});
