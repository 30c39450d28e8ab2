import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGENT_ACTS, CUSTOMER_ACTS } from '@/lib/framework/acts';
import { SignalKind, type GuidanceStep } from '@/lib/framework';
import { loadActModel } from '@/lib/framework/model/act-model';
import modelFile from '@/lib/framework/model/acts-model.json';
import { corpusFiles } from '../../../scripts/corpus/files';
import { nearDuplicates, repeatedTurns } from '../../../scripts/corpus/near-duplicates';
import {
  cutPoints,
  problemsOf,
  readCorpus,
  type CorpusConversation,
  type CorpusTurn,
} from '../../../scripts/corpus/schema';

const customer = (text: string, step?: GuidanceStep): CorpusTurn => ({
  role: 'customer',
  text,
  acts: [],
  signals: [],
  ...(step ? { step } : {}),
});
const agent = (text: string): CorpusTurn => ({ role: 'agent', text, acts: [] });

function conversation(id: string, turns: CorpusTurn[]): CorpusConversation {
  return { id, lang: 'en', channel: 'chat', industry: 'retail', brief: 'written for this test', turns };
}

function file(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'corpus-')), 'part.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

describe('corpus format', () => {
  it('a cut point is a customer turn before a reply or at the end; notes do not end a run', () => {
    const turns: CorpusTurn[] = [
      customer('My sofa arrived torn.'),
      { role: 'note', text: 'Checked the order.' },
      customer('Hello??'),
      agent('Oh no, that is not how it should arrive.'),
      customer('Can I get a new one?'),
      { role: 'bot', text: 'Our team will reply soon.' },
      customer('Still waiting.'),
    ];
    expect(cutPoints(turns)).toEqual([2, 4, 6]);
  });

  it('names every labelling mistake: a step off the cut points, a cut point without one, boundary without its act', () => {
    const c = conversation('t-1', [
      customer('Broken.', 'listen'),
      customer('Hello?'),
      agent('Which model?'),
      customer('You idiots', 'boundary'),
    ]);
    expect(problemsOf(c)).toEqual([
      'turn 0 has a step but the customer writes again before any reply',
      'turn 1 is a cut point but has no step',
      'turn 3 is labelled boundary but has no abuse-at-staff act',
    ]);
  });

  it('reports every bad line with its file and line and keeps the good ones', () => {
    const good = JSON.stringify(conversation('t-1', [customer('Where is my order?', 'solve')]));
    const path = file([good, '{not json', JSON.stringify({ id: 'T 2' }), good]);
    const { conversations, problems } = readCorpus([path]);
    expect(conversations.map((c) => c.id)).toEqual(['t-1', 't-1']);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(problems[0]!.message).toMatch(/^not JSON/);
    expect(problems[2]!.message).toBe(`id t-1 already used in ${path}:1`);
  });
});

describe('near-duplicates', () => {
  const story = [
    customer('My parcel was left in the rain outside the wrong house and the box is soaked through.', 'listen'),
    agent('That is not the delivery we promised, I am sorry. Could you send a photo of the box?'),
    customer('Here it is, the label is barely readable and the shoes inside are wet too.', 'act'),
  ];

  it('flags a conversation rewritten from another, not two written apart', () => {
    const copy = story.map((t) => ({ ...t, text: t.text.replace('rain', 'snow') }));
    const other = [customer('Can I change my delivery slot to Saturday morning please?', 'solve')];
    const pairs = nearDuplicates([conversation('a', story), conversation('b', copy), conversation('c', other)]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['a', 'b']]);
  });

  it('flags long customer turns reused word for word, not agents’ copy-pasted macros', () => {
    const macro = agent('Hi there, we would love to help with this, could you send us your order number by DM please?');
    const repeated = repeatedTurns([conversation('a', [...story, macro]), conversation('b', [story[0]!, macro])]);
    expect([...repeated.values()]).toEqual([['a', 'b']]);
  });
});

describe('the committed corpus and model', () => {
  const { conversations, problems } = readCorpus(corpusFiles());

  it('every line of data/corpus is valid and no conversation is a near-duplicate of another', () => {
    expect(problems).toEqual([]);
    expect(nearDuplicates(conversations)).toEqual([]);
    expect([...repeatedTurns(conversations)]).toEqual([]);
  }, 60_000);

  it('the model was trained on this corpus, with a detector for every act and signal', () => {
    expect(modelFile.trainedOn.conversations).toBe(conversations.length);
    const model = loadActModel(modelFile);
    expect(model.customer.detectors.map((d) => d.name)).toEqual([...CUSTOMER_ACTS, ...SignalKind.options]);
    expect(model.agent.detectors.map((d) => d.name)).toEqual([...AGENT_ACTS]);
  });

  it('the model stays small: at most 1 MB gzipped', () => {
    const bytes = gzipSync(readFileSync('lib/framework/model/acts-model.json'), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
  });
});
