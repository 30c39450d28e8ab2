import { describe, expect, it } from 'vitest';
import { compareVersions, isVersion, nextPatch } from '@/lib/packs';

describe('semantic versions', () => {
  it('orders versions by precedence, as semver.org lists them', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.2.0',
      '1.10.0',
      '2.0.0',
    ];
    for (let i = 0; i < ordered.length - 1; i++) {
      expect(compareVersions(ordered[i]!, ordered[i + 1]!)).toBe(-1);
      expect(compareVersions(ordered[i + 1]!, ordered[i]!)).toBe(1);
    }
  });

  it('ignores build metadata', () => {
    expect(compareVersions('1.0.0+build.1', '1.0.0+build.2')).toBe(0);
  });

  it('knows a version when it sees one', () => {
    expect(['1.0.0', '0.0.1', '10.20.30-rc.1+abc'].every(isVersion)).toBe(true);
    expect(['1.0', 'v1.0.0', '01.0.0', '1.0.0-', ''].some(isVersion)).toBe(false);
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(/Not a semantic version/);
  });

  it('suggests the next patch release', () => {
    expect(nextPatch('1.2.3')).toBe('1.2.4');
    expect(nextPatch('1.3.0-beta.1')).toBe('1.3.0');
  });
});
