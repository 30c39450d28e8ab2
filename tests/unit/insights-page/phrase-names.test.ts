import { describe, expect, it } from 'vitest';
import { phraseNames } from '@/entrypoints/insights/store/phrase-names';
import { pack } from '../packs/fixtures';

describe('phraseNames', () => {
  it('gives a phrase’s own text and its pack’s name, and nothing for what is not installed', () => {
    const names = phraseNames([pack()]);
    expect(names.phrase('acme-support', 'empathize-sorry')).toBe('I am sorry about this.');
    expect(names.pack('acme-support')).toBe('Acme support');
    expect(names.phrase('acme-support', 'gone')).toBeNull();
    expect(names.phrase('other', 'empathize-sorry')).toBeNull();
    expect(names.pack('other')).toBeNull();
  });

  it('takes the first of two packs with one id, the one the panel uses (a managed pack before the user’s)', () => {
    const managed = pack({ name: 'Managed', steps: { listen: [{ id: 'listen-hear', text: 'Managed words.' }] } });
    const names = phraseNames([managed, pack()]);
    expect(names.pack('acme-support')).toBe('Managed');
    expect(names.phrase('acme-support', 'listen-hear')).toBe('Managed words.');
    expect(names.phrase('acme-support', 'solve-options')).toBeNull();
  });
});
