import type { Conversation, Message } from '../../lib/conversation/model.ts';
import { readFileSync } from 'node:fs';
import { analyze, createAnalyzer } from '../../lib/framework/index.ts';
import { loadActModel } from '../../lib/framework/model/act-model.ts';
import { builtInModel } from '../../lib/framework/model/built-in.ts';
import type { BenchRow, BenchSuite } from './row.ts';
import { median } from './median.ts';

// Short turns written for the benchmark (not taken from any dataset): a long, messy support conversation
// with entities, links, handles, emoji, capitals, swearing and several turns in a row from one side.
const CUSTOMER = [
  'My order #A1234 still hasn&amp;#39;t arrived and nobody answers. This is ridiculous!!',
  'I have been waiting 3 weeks @ShopHelp https://t.co/abc123 😡',
  'I already restarted the router twice, it did not help.',
  'WHY IS THIS SO HARD? I just want my money back.',
  'ok, the tracking number is 1Z999AA10123456784',
  'Thanks, that worked 🙂',
  'Should I wait for the courier or book a new delivery slot?',
  'This shitty app logged me out again. Fix it.',
  'If this is not sorted today I will cancel my account and leave a review everywhere.',
  'Still nothing. Any update?',
];
const AGENT = [
  "Hi there, thanks for reaching out! I'm sorry to hear your order hasn't arrived.",
  'Could you confirm the order number and the postcode, please?',
  "I've escalated this to our delivery team and I'll update you by 5pm today.",
  'You can choose a refund or a replacement; which would you prefer?',
  "Glad it's sorted! Have a great day.",
];

// A calm technical thread where no agent reply acknowledges, commits or wraps up: the engine has to read
// every message to be sure, which is the most it ever does.
const CALM_CUSTOMER = [
  'How do I change the delivery address on order 55?',
  'It is the 2019 model with version 4.2 installed.',
  'I tried that and the screen looks the same.',
  'Which plan includes the extra storage?',
];
const CALM_AGENT = [
  'Which version of the app are you using?',
  'Please try signing out and in again.',
  'Is the address saved under your profile settings?',
];

function message(i: number, role: Message['role'], text: string): Message {
  return { id: `m${i}`, role, author: null, internal: false, text, at: null, channel: null, attachments: [] };
}

/** `size` messages: customer runs of one to three turns answered by one or two agent turns. */
export function buildConversation(size: number, calm = false): Conversation {
  const customer = calm ? CALM_CUSTOMER : CUSTOMER;
  const agent = calm ? CALM_AGENT : AGENT;
  const messages: Message[] = [];
  for (let i = 0; messages.length < size; i++) {
    const run = (i % 3) + 1;
    for (let k = 0; k < run && messages.length < size; k++) {
      messages.push(message(messages.length, 'customer', customer[(i * 3 + k) % customer.length]!));
    }
    const replies = (i % 2) + 1;
    for (let k = 0; k < replies && messages.length < size; k++) {
      messages.push(message(messages.length, 'agent', agent[(i * 2 + k) % agent.length]!));
    }
  }
  return {
    helpdesk: 'zendesk',
    id: 'bench',
    subject: null,
    customer: { name: null, email: null },
    channel: null,
    messages,
  };
}

function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// The floor any analysis pays: lower-case and split every message into words once.
function bareTokenise(conversation: Conversation): number {
  let words = 0;
  for (const m of conversation.messages) words += m.text.toLowerCase().split(/[^\p{L}\p{N}']+/u).length;
  return words;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function grow(conversation: Conversation, text: string): Conversation {
  const next = message(conversation.messages.length, 'customer', text);
  return { ...conversation, messages: [...conversation.messages, next] };
}

/** Median time of `analyzer.analyze(grown)` right after it has seen `conversation`. */
function appendCost(conversation: Conversation, grown: Conversation): number {
  const analyzer = createAnalyzer();
  const samples: number[] = [];
  for (let i = 0; i < 81; i++) {
    analyzer.analyze(conversation);
    const start = performance.now();
    analyzer.analyze(grown);
    samples.push(performance.now() - start);
  }
  return median(samples.slice(20));
}

const suite: BenchSuite = async () => {
  const size = 500;
  const typical = buildConversation(size);
  const calm = buildConversation(size, true);
  // Warm up the JIT and the compiled cue sets, as a running extension would be.
  for (let i = 0; i < 20; i++) {
    analyze(typical);
    analyze(calm);
    bareTokenise(typical);
  }
  const baseline = time(61, () => bareTokenise(calm));
  const full = time(61, () => analyze(typical));
  const worst = time(61, () => analyze(calm));
  const append = appendCost(calm, grow(calm, 'Which plan includes the extra storage for photos?'));
  // The learned detectors on the same conversation: what `acts: 'both'` adds to every message read.
  const model = builtInModel();
  for (let i = 0; i < 20; i++) analyze(calm, { acts: 'both', model });
  const learned = time(61, () => analyze(calm, { acts: 'both', model }));
  const fileText = readFileSync('lib/framework/model/acts-model.json', 'utf8');
  const parse = time(21, () => JSON.parse(fileText));
  const load = time(21, () => loadActModel(JSON.parse(fileText)));

  return [
    {
      name: `analyze, ${size} messages, upset customer (median)`,
      value: round(full),
      unit: 'ms',
      baseline: 'bare lower-case + split of every message, same run',
      baselineValue: round(baseline),
      ratio: round(full / baseline),
      target: 'value ≤ 2 ms',
      pass: full <= 2,
    },
    {
      name: `analyze, ${size} messages, every message read (median)`,
      value: round(worst),
      unit: 'ms',
      baseline: 'bare lower-case + split of every message, same run',
      baselineValue: round(baseline),
      ratio: round(worst / baseline),
      target: 'value ≤ 2 ms',
      pass: worst <= 2,
    },
    {
      name: `createAnalyzer, ${size} seen + 1 new message (median)`,
      value: round(append),
      unit: 'ms',
      baseline: `analyze of the same ${size + 1} messages, every message read`,
      baselineValue: round(worst),
      ratio: round(append / worst),
      target: 'ratio ≤ 0.2 (reads only the new message)',
      pass: append / worst <= 0.2,
    },
    {
      name: `analyze with learned acts, ${size} messages, every message read (median)`,
      value: round(learned),
      unit: 'ms',
      baseline: 'analyze of the same messages with cue words alone, same run',
      baselineValue: round(worst),
      ratio: round(learned / worst),
      target: 'value ≤ 2 ms',
      pass: learned <= 2,
    },
    {
      name: 'act model load: parse, check and decode (median, Node)',
      value: round(load),
      unit: 'ms',
      baseline: 'JSON.parse of the same file alone, same run',
      baselineValue: round(parse),
      ratio: round(load / parse),
      target: 'value ≤ 50 ms',
      pass: load <= 50,
    },
  ] satisfies BenchRow[];
};

export default suite;
