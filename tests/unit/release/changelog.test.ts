import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { releaseDate } from '../../../scripts/release/changelog';

const CHANGELOG = `# Changelog

## [0.2.0] - 2027-01-15

- Something.

## [0.1.0] - 2026-12-03

- First.
`;

describe('releaseDate', () => {
  it('reads the date of the version’s entry', () => {
    expect(releaseDate(CHANGELOG, '0.1.0')).toBe('2026-12-03');
    expect(releaseDate(CHANGELOG, '0.2.0')).toBe('2027-01-15');
  });

  it('refuses a version without an entry, naming the version and the file', () => {
    expect(() => releaseDate(CHANGELOG, '0.3.0')).toThrow(
      /^CHANGELOG\.md has no entry for version 0\.3\.0 \(package\.json\)\. Add a "## \[0\.3\.0\] - YYYY-MM-DD"/,
    );
    // A version that only starts like another one is not that one's entry.
    expect(() => releaseDate(CHANGELOG, '0.1')).toThrow(/no entry for version 0\.1 /);
  });

  it('refuses an entry without a release date', () => {
    expect(() => releaseDate('## [0.1.0]\n', '0.1.0')).toThrow(
      'CHANGELOG.md: the entry for 0.1.0 needs its release date: "## [0.1.0] - YYYY-MM-DD".',
    );
    expect(() => releaseDate('## [0.1.0] - 2026-13-45\n', '0.1.0')).toThrow(/needs its release date/);
  });

  it('finds an entry for the version in package.json in the project’s CHANGELOG.md', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(releaseDate(readFileSync('CHANGELOG.md', 'utf8'), version)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
