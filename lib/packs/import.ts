// Deciding what an import would do, without doing it: nothing is written until the plan is committed
// (store.ts), and a plan that is invalid or locked cannot be committed at all.
import { diffPacks, type PackChanges } from './diff';
import type { PackError } from './errors';
import { lintPack, type LintWarning } from './lint';
import { parsePack } from './parse';
import type { PhrasePack } from './schema';
import { compareVersions } from './semver';

export type PackOrigin = 'builtin' | 'managed' | 'user';

export type ImportPlan =
  | { kind: 'invalid'; errors: PackError[] }
  /** The id belongs to a built-in pack or to one the organisation manages: it cannot be replaced. */
  | { kind: 'locked'; pack: PhrasePack; owner: Exclude<PackOrigin, 'user'> }
  | { kind: 'new'; pack: PhrasePack; warnings: LintWarning[] }
  /** A newer version of an installed pack. */
  | { kind: 'update'; pack: PhrasePack; previous: PhrasePack; changes: PackChanges; warnings: LintWarning[] }
  /** The same or an older version of an installed pack: replacing it needs the user's explicit confirmation. */
  | {
      kind: 'same' | 'older';
      pack: PhrasePack;
      previous: PhrasePack;
      changes: PackChanges;
      warnings: LintWarning[];
    };

export type AcceptedPlan = Extract<ImportPlan, { kind: 'new' | 'update' | 'same' | 'older' }>;

export const needsConfirmation = (plan: ImportPlan) => plan.kind === 'same' || plan.kind === 'older';
export const canCommit = (plan: ImportPlan): plan is AcceptedPlan => plan.kind !== 'invalid' && plan.kind !== 'locked';

export function planImport(
  input: unknown,
  installed: ReadonlyArray<{ pack: PhrasePack; origin: PackOrigin }>,
): ImportPlan {
  const parsed = parsePack(input);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  const { pack } = parsed;
  const warnings = lintPack(pack);
  const existing = installed.find((entry) => entry.pack.id === pack.id);
  if (!existing) return { kind: 'new', pack, warnings };
  if (existing.origin !== 'user') return { kind: 'locked', pack, owner: existing.origin };
  const previous = existing.pack;
  const changes = diffPacks(previous, pack);
  const order = compareVersions(pack.version, previous.version);
  return { kind: order > 0 ? 'update' : order === 0 ? 'same' : 'older', pack, previous, changes, warnings };
}
