import { cutPoints, type CorpusConversation } from './schema.ts';

function tally(values: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

/** Counts a datasheet reports: conversations, cut points, and how they spread over languages, steps, acts. */
export function describeCorpus(conversations: readonly CorpusConversation[]): string {
  const turns = conversations.flatMap((c) => c.turns);
  const cuts = conversations.flatMap((c) => cutPoints(c.turns).map((i) => c.turns[i]!));
  const customer = turns.filter((t) => t.role === 'customer');
  const agent = turns.filter((t) => t.role === 'agent');
  return [
    `conversations: ${conversations.length}   turns: ${turns.length}   cut points: ${cuts.length} ` +
      `(${(cuts.length / Math.max(1, conversations.length)).toFixed(1)} a conversation)`,
    `languages: ${tally(conversations.map((c) => c.lang))}`,
    `channels: ${tally(conversations.map((c) => c.channel))}`,
    `industries (${new Set(conversations.map((c) => c.industry)).size}): ${tally(conversations.map((c) => c.industry))}`,
    `roles: ${tally(turns.map((t) => t.role))}`,
    `steps: ${tally(cuts.map((t) => (t.role === 'customer' ? (t.step ?? '?') : '?')))}`,
    `signals (customer turns): ${tally(customer.flatMap((t) => (t.role === 'customer' ? t.signals : [])))}`,
    `customer acts: ${tally(customer.flatMap((t) => (t.role === 'customer' ? t.acts : [])))}`,
    `agent acts: ${tally(agent.flatMap((t) => (t.role === 'agent' ? t.acts : [])))}`,
  ].join('\n');
}
