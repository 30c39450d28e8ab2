import { describe, expect, it } from 'vitest';
import { engineOptionsOf } from '@/entrypoints/background/engine-options';
import { BUILT_IN_PACKS, type PhrasePack } from '@/lib/packs';

const spanish = BUILT_IN_PACKS.find((pack) => pack.locale.startsWith('es'))!;
const english = BUILT_IN_PACKS.find((pack) => pack.locale.startsWith('en'))!;

describe('engineOptionsOf', () => {
  it('reads in the language of the first pack and adds every pack’s cue words', () => {
    const extra: PhrasePack = {
      ...english,
      id: 'team',
      cues: [{ locale: 'en', cues: { anger: ['gutted'] } }],
    } as PhrasePack;
    const options = engineOptionsOf([spanish, extra]);
    expect(options.locale).toBe('es');
    expect(options.cues).toEqual(expect.arrayContaining([{ locale: 'en', cues: { anger: ['gutted'] } }]));
  });

  it('reads English when no pack is enabled', () => {
    expect(engineOptionsOf([])).toEqual({ locale: 'en', cues: [] });
  });
});
