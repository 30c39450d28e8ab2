import { describe, expect, it } from 'vitest';
import { engineOptionsOf } from '@/entrypoints/background/engine-options';
import { BUILT_IN_PACKS, type PhrasePack } from '@/lib/packs';

const spanish = BUILT_IN_PACKS.find((pack) => pack.locale.startsWith('es'))!;
const english = BUILT_IN_PACKS.find((pack) => pack.locale.startsWith('en'))!;

describe('engineOptionsOf', () => {
  it('falls back to the language of the first pack and adds every pack’s cue words', () => {
    const extra: PhrasePack = {
      ...english,
      id: 'team',
      cues: [{ locale: 'en', cues: { anger: ['gutted'] } }],
    } as PhrasePack;
    const options = engineOptionsOf([spanish, extra]);
    expect(options.fallbackLocale).toBe('es');
    // Each conversation's own language is detected from its words, so none is forced.
    expect(options.locale).toBeUndefined();
    expect(options.cues).toEqual(expect.arrayContaining([{ locale: 'en', cues: { anger: ['gutted'] } }]));
  });

  it('falls back to English when no pack is enabled', () => {
    expect(engineOptionsOf([])).toEqual({ fallbackLocale: 'en', cues: [] });
  });
});
