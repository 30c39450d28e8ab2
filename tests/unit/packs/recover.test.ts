import { describe, expect, it } from 'vitest';
import { parsePack, phrasesOf } from '@/lib/packs';
import { recoverPack } from '@/lib/packs/recover';
import { json, pack } from './fixtures';

const TODAY = '2026-03-05';

describe('recovering a pack that failed to import', () => {
  it('opens a pack that is only wrong in its content as it is', () => {
    const wrong = pack({ version: 'one', author: '' });
    expect(recoverPack(json(wrong), TODAY)).toEqual({ ok: true, pack: wrong, notes: [] });
  });

  it('keeps every phrase text the trainer wrote, wherever it was', () => {
    const { author: _author, ...rest } = pack();
    const input = {
      ...rest,
      autor: 'Acme training team',
      nmae: 'Not read as the name: the pack has one',
      steps: {
        listen: ['Just a string', { id: 7, text: 'A number id' }, { txt: 'Misspelt text field' }],
        lisen: [{ id: 'x', text: 'Under a misspelt step' }],
        whatever: [{ id: 'y', phrase: 'Under no step at all' }],
        clarify: { first: { id: 'c1', text: 'An object instead of a list' } },
      },
    };
    const recovered = recoverPack(input, TODAY);
    if (!recovered.ok) throw new Error('not recovered');
    const texts = phrasesOf(recovered.pack).map(({ step, phrase }) => `${step}: ${phrase.text}`);
    expect(texts).toEqual([
      'listen: Just a string',
      'listen: A number id',
      'listen: Misspelt text field',
      'listen: Under a misspelt step',
      'listen: Under no step at all',
      'clarify: An object instead of a list',
    ]);
    expect(phrasesOf(recovered.pack).map(({ phrase }) => phrase.id)).toEqual([
      // Fresh ids count on from the step's phrases (draft.ts), skipping any in use.
      'listen-6',
      '7',
      'listen-7',
      'x',
      'y',
      'c1',
    ]);
    expect(recovered.notes).toEqual(
      expect.arrayContaining([
        { kind: 'renamed', from: 'autor', to: 'author' },
        { kind: 'dropped', path: 'nmae', value: 'Not read as the name: the pack has one' },
        { kind: 'renamed', from: 'steps.listen[2].txt', to: 'text' },
        { kind: 'moved', from: 'lisen', to: 'listen', count: 1 },
        { kind: 'moved', from: 'whatever', to: 'listen', count: 1 },
        { kind: 'renamed', from: 'steps.whatever[0].phrase', to: 'text' },
        { kind: 'ids', count: 2 },
      ]),
    );
    // Shape fixed, content left for the trainer: the recovered pack still shows its real problems.
    expect(recovered.pack).toMatchObject({ name: 'Acme support', author: 'Acme training team' });
  });

  it('lists what the editor has no place for, with its value, instead of losing it silently', () => {
    const input = {
      ...pack({ updatedAt: 'last week' }),
      format: 2,
      extra: { a: 1 },
      cues: 'bad',
      steps: { listen: [{ id: 'a', text: 'Hi', variants: { angri: 'HI!', bored: 'hi.' }, tags: 'x, y', note: 'n' }] },
    };
    const recovered = recoverPack(input, TODAY);
    if (!recovered.ok) throw new Error('not recovered');
    expect(recovered.pack.steps.listen).toEqual([
      { id: 'a', text: 'Hi', variants: { angry: 'HI!' }, tags: ['x', 'y'] },
    ]);
    expect(recovered.pack.updatedAt).toBe(TODAY);
    expect(recovered.pack.format).toBe(1);
    expect(recovered.pack.cues).toBeUndefined();
    expect(recovered.notes).toEqual([
      { kind: 'dropped', path: 'extra', value: '{"a":1}' },
      { kind: 'format', found: '2' },
      { kind: 'date', found: 'last week' },
      { kind: 'dropped', path: 'steps.listen[0].note', value: 'n' },
      { kind: 'renamed', from: 'steps.listen[0].variants.angri', to: 'angry' },
      { kind: 'dropped', path: 'steps.listen[0].variants.bored', value: 'hi.' },
      { kind: 'cues' },
    ]);
  });

  it('turns whatever is not text into text or an empty field, so the editor can hold it', () => {
    const recovered = recoverPack({ name: ['A', 'list'], version: 1, steps: [{ text: 'in a list' }] }, TODAY);
    if (!recovered.ok) throw new Error('not recovered');
    expect(recovered.pack).toMatchObject({ name: '', version: '1', id: '', author: '' });
    expect(recovered.pack.steps).toEqual({ listen: [{ id: 'listen-2', text: 'in a list' }] });
    expect(recovered.notes).toContainEqual({ kind: 'dropped', path: 'name', value: '["A","list"]' });
    expect(parsePack(recovered.pack).ok).toBe(false);
  });

  it('says why it cannot open what is not a pack at all', () => {
    expect(recoverPack('{"id": "x",', TODAY)).toEqual({ ok: false, reason: 'not-json' });
    expect(recoverPack('[1, 2]', TODAY)).toEqual({ ok: false, reason: 'not-object' });
    expect(recoverPack(`"${'x'.repeat(1024 * 1024)}"`, TODAY)).toEqual({ ok: false, reason: 'too-big' });
  });
});
