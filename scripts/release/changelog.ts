/**
 * The release date of `version` in a Keep a Changelog file: its entry must read `## [0.1.0] - 2026-12-03`.
 * The date also stamps every archive entry, so a release is reproducible from its sources alone.
 */
export function releaseDate(changelog: string, version: string, file = 'CHANGELOG.md'): string {
  const heading = changelog.split('\n').find((line) => line.startsWith(`## [${version}]`));
  if (!heading) {
    throw new Error(
      `${file} has no entry for version ${version} (package.json). Add a "## [${version}] - YYYY-MM-DD" ` +
        'section saying what changed, then release again.',
    );
  }
  const date = /^## \[[^\]]+\] - (\d{4}-\d{2}-\d{2})\s*$/.exec(heading)?.[1];
  if (!date || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`${file}: the entry for ${version} needs its release date: "## [${version}] - YYYY-MM-DD".`);
  }
  return date;
}
