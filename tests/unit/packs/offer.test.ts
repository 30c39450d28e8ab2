import { describe, expect, it } from 'vitest';
import { packsForLanguage, phrasesForStep, searchPhrases } from '@/lib/packs/offer';
import type { PhrasePack } from '@/lib/packs/schema';

const pack = (id: string, steps: PhrasePack['steps']): PhrasePack => ({
  format: 1,
  id,
  name: id.toUpperCase(),
  version: '1.0.0',
  locale: 'en',
  author: 'Team',
  description: '',
  updatedAt: '2026-01-01',
  steps,
});

const team = pack('team', {
  listen: [
    { id: 'hear', text: 'I hear you.' },
    {
      id: 'sorry',
      text: 'That sounds frustrating.',
      variants: { angry: 'I can see why you are angry.' },
      tags: ['opening'],
    },
  ],
});
const base = pack('base', {
  listen: [{ id: 'note', text: 'Thanks for telling me.' }],
  act: [{ id: 'now', text: 'I am on it now.' }],
});

describe('phrasesForStep', () => {
  it('keeps pack priority and phrase order', () => {
    expect(phrasesForStep([team, base], 'listen', []).map((p) => p.phraseId)).toEqual(['hear', 'sorry', 'note']);
  });

  it('puts the variant for the customer’s behaviour first, worded for it', () => {
    const offered = phrasesForStep([team, base], 'listen', ['churn-risk', 'angry']);
    expect(offered[0]).toMatchObject({ phraseId: 'sorry', variant: 'angry', text: 'I can see why you are angry.' });
    expect(offered.map((p) => p.phraseId)).toEqual(['sorry', 'hear', 'note']);
  });

  it('offers nothing for a step no pack covers', () => {
    expect(phrasesForStep([team], 'boundary', ['abusive'])).toEqual([]);
  });
});

describe('searchPhrases', () => {
  it('finds words in any step, variant or tag, ignoring case and accents', () => {
    expect(searchPhrases([team, base], 'ANGRY').map((p) => p.key)).toEqual(['team/sorry/angry']);
    expect(searchPhrases([team, base], 'opening').map((p) => p.key)).toEqual(['team/sorry/-', 'team/sorry/angry']);
    expect(
      searchPhrases(
        [pack('es', { listen: [{ id: 'x', text: 'Lo siento mucho, entiendo la situación.' }] })],
        'situacion',
      ),
    ).toHaveLength(1);
    expect(searchPhrases([team, base], 'on it').map((p) => p.step)).toEqual(['act']);
  });

  it('finds nothing for an empty query', () => {
    expect(searchPhrases([team], '   ')).toEqual([]);
  });
});

describe('packsForLanguage', () => {
  const spanish = { ...base, id: 'es', locale: 'es-MX' };

  it('keeps the packs in the conversation’s language, in their order', () => {
    expect(packsForLanguage([team, spanish, base], 'en').map((p) => p.id)).toEqual(['team', 'base']);
    expect(packsForLanguage([team, spanish, base], 'es').map((p) => p.id)).toEqual(['es']);
    expect(packsForLanguage([team, spanish], 'es-ES').map((p) => p.id)).toEqual(['es']);
  });

  it('offers every pack when none is in that language, and nothing without packs', () => {
    expect(packsForLanguage([team, spanish], 'fr').map((p) => p.id)).toEqual(['team', 'es']);
    expect(packsForLanguage([], 'en')).toEqual([]);
  });
});
