// Semantic Versioning 2.0.0 (semver.org), written out rather than added as a dependency: packs only need
// parsing, ordering and the next patch version.

// The official pattern from semver.org, without named groups.
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

interface SemVer {
  core: [number, number, number];
  prerelease: string[];
}

function parse(version: string): SemVer {
  const match = SEMVER.exec(version);
  if (!match) throw new Error(`Not a semantic version: ${version}`);
  return {
    core: [Number(match[1]), Number(match[2]), Number(match[3])],
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

const numeric = (part: string) => /^\d+$/.test(part);

// Rule 11.4: numeric identifiers compare as numbers and rank below alphanumeric ones; a longer list wins a tie.
function comparePrerelease(a: string[], b: string[]): number {
  if (!a.length || !b.length) return b.length - a.length; // a release ranks above its pre-releases
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    if (numeric(x) && numeric(y)) return Number(x) - Number(y);
    if (numeric(x) !== numeric(y)) return numeric(x) ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Negative when a < b, zero when they have the same precedence (build metadata is ignored), positive otherwise. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x.core[i] !== y.core[i]) return Math.sign(x.core[i]! - y.core[i]!);
  return Math.sign(comparePrerelease(x.prerelease, y.prerelease));
}

export const isVersion = (version: string) => SEMVER.test(version);

/** The next patch release: 1.2.3 → 1.2.4, and 1.3.0-beta.1 → 1.3.0 (the release it was a preview of). */
export function nextPatch(version: string): string {
  const { core, prerelease } = parse(version);
  return prerelease.length ? core.join('.') : `${core[0]}.${core[1]}.${core[2] + 1}`;
}
