import { describe, expect, it } from 'vitest';
import { addPhrase, freshPhraseId, removePhrase, setTags, setVariant, updatePhrase } from '@/lib/packs/draft';
import { pack } from './fixtures';

describe('draft edits', () => {
  it('add, change and remove phrases without touching the original', () => {
    const original = pack();
    const frozen = structuredClone(original);
    let draft = addPhrase(original, 'clarify');
    expect(draft.steps.clarify!.at(-1)).toEqual({ id: 'clarify-4', text: '' });
    draft = updatePhrase(draft, 'clarify', 3, { id: 'clarify-4', text: 'Which plan?' });
    draft = removePhrase(draft, 'clarify', 0);
    expect(draft.steps.clarify!.map((p) => p.id)).toEqual(['clarify-when', 'clarify-restate', 'clarify-4']);
    expect(original).toEqual(frozen);
  });

  it('picks a phrase id no phrase uses yet', () => {
    const taken = pack({ steps: { act: [{ id: 'act-2', text: 'x' }], solve: [{ id: 'act-3', text: 'y' }] } });
    expect(freshPhraseId(taken, 'act')).toBe('act-4');
    expect(freshPhraseId(pack({ steps: {} }), 'boundary')).toBe('boundary-1');
  });

  it('drops empty variants and tags', () => {
    const phrase = { id: 'a', text: 'Hi' };
    const angry = setVariant(phrase, 'angry', 'Hi!');
    expect(angry).toEqual({ id: 'a', text: 'Hi', variants: { angry: 'Hi!' } });
    expect(setVariant(angry, 'angry', '')).toEqual(phrase);
    expect(setTags(phrase, 'billing, ')).toEqual({ ...phrase, tags: ['billing', ''] });
    expect(setTags(phrase, 'billing, ', true)).toEqual({ ...phrase, tags: ['billing'] });
    expect(setTags({ ...phrase, tags: ['x'] }, ' ')).toEqual(phrase);
  });
});
