import { describe, expect, it } from 'vitest';
import { lintPack } from '@/lib/packs';
import { pack } from './fixtures';

describe('lintPack', () => {
  it('finds nothing to say about a complete, tidy pack', () => {
    expect(lintPack(pack())).toEqual([]);
  });

  it('warns about malformed variables, duplicate ids and empty steps', () => {
    const messy = pack({
      steps: {
        listen: [
          { id: 'a', text: 'Hi {{customer.firstName}}' },
          { id: 'a', text: 'Again', variants: { angry: 'About {{ticket id}}' } },
        ],
        empathize: [],
      },
    });
    expect(lintPack(messy)).toEqual([
      { kind: 'empty-step', path: 'steps.empathize', subject: 'empathize' },
      { kind: 'empty-step', path: 'steps.clarify', subject: 'clarify' },
      { kind: 'empty-step', path: 'steps.solve', subject: 'solve' },
      { kind: 'empty-step', path: 'steps.act', subject: 'act' },
      { kind: 'empty-step', path: 'steps.document', subject: 'document' },
      { kind: 'empty-step', path: 'steps.boundary', subject: 'boundary' },
      { kind: 'duplicate-id', path: 'steps.listen[1].id', subject: 'a' },
      { kind: 'malformed-variable', path: 'steps.listen[1].variants.angry', subject: '{{ticket id}}' },
    ]);
  });
});
