import { describe, expect, it } from 'vitest';
import { BEHAVIOURS, BUILT_IN_PACKS, lintPack, PACK_STEPS, parsePack, phrasesOf } from '@/lib/packs';

const [en, es] = BUILT_IN_PACKS;
const texts = (step: (typeof PACK_STEPS)[number]) => (en!.steps[step] ?? []).map((phrase) => phrase.text);

describe('built-in packs', () => {
  it.each(BUILT_IN_PACKS.map((pack) => [pack.id, pack] as const))(
    '%s is a valid pack with nothing to warn about',
    (_, pack) => {
      const parsed = parsePack(JSON.stringify(pack));
      expect(parsed).toEqual({ ok: true, pack });
      expect(lintPack(pack)).toEqual([]);
    },
  );

  it('are English and Spanish, each with phrases for every step and the boundary', () => {
    expect(BUILT_IN_PACKS.map((pack) => pack.locale)).toEqual(['en', 'es']);
    for (const pack of BUILT_IN_PACKS)
      for (const step of PACK_STEPS) expect(pack.steps[step]?.length).toBeGreaterThan(3);
  });

  it('carry the framework’s own sample language, step by step', () => {
    expect(texts('listen')).toContain('I understand this is frustrating.');
    expect(texts('empathize')).toContain("I'm sorry you're experiencing this issue.");
    expect(texts('clarify')).toContain('So, if I understand correctly…');
    expect(texts('solve')).toContain('Here are a few options we can explore…');
    expect(texts('act')).toContain("I'll take care of this right away, and I'll update you by…");
  });

  it('word phrases for every behaviour, in both languages', () => {
    for (const pack of [en!, es!]) {
      const covered = new Set(phrasesOf(pack).flatMap(({ phrase }) => Object.keys(phrase.variants ?? {})));
      expect([...covered].sort()).toEqual([...BEHAVIOURS].sort());
    }
  });

  it('share phrase ids across languages, so usage compares like with like', () => {
    const ids = (pack: typeof en) => new Set(phrasesOf(pack!).map(({ phrase }) => phrase.id));
    expect([...ids(es)].every((id) => ids(en).has(id))).toBe(true);
  });
});
