// The README's phrase-pack examples are what trainers and administrators copy: they must stay valid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePack } from '@/lib/packs';

const section = readFileSync('README.md', 'utf8').split('## Phrase packs')[1]!.split('\n## ')[0]!;
const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as unknown);

describe('README phrase-pack examples', () => {
  it('shows a valid pack', () => {
    expect(parsePack(blocks[0]).ok).toBe(true);
  });

  it('shows an Admin console policy whose inline pack is valid', () => {
    const policy = blocks[1] as { packs: { Value: Array<{ url?: string; pack?: unknown }> } };
    expect(policy.packs.Value[0]!.url).toMatch(/^https:\/\//);
    expect(parsePack(policy.packs.Value[1]!.pack).ok).toBe(true);
  });
});
