// The user's packs in browser.storage.local: installed packs, priority order and disabled ids, in one
// item so every change is one write. Each change is validated in full before that write, and an import
// that is invalid, locked, unconfirmed or over the budget never writes at all. Changes take turns
// (lock.ts), and a full storage is reported as such (store-errors.ts).
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { checkBudget } from './budget';
import { BUILT_IN_PACKS, isBuiltInId } from './builtin';
import { orderedIds, packEntries, type PackEntry } from './entries';
import {
  canCommit,
  needsConfirmation,
  planImport,
  type AcceptedPlan,
  type ImportPlan,
  type PackOrigin,
} from './import';
import { withPackLock } from './lock';
import { managedPacksItem, managedPacksOf, readManagedState } from './managed';
import { StoredPhrasePack } from './schema';
import { guardQuota, PackStoreError } from './store-errors';

export const PackSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['file', 'paste', 'editor']) }),
  z.strictObject({ kind: z.literal('url'), url: z.string() }),
]);
export type PackSource = z.infer<typeof PackSource>;

export const StoredPacks = z.strictObject({
  packs: z.array(z.strictObject({ pack: StoredPhrasePack, source: PackSource, installedAt: z.string() })),
  /** Ids of user and built-in packs, highest priority first. */
  order: z.array(z.string()),
  disabled: z.array(z.string()),
});
export type StoredPacks = z.infer<typeof StoredPacks>;

const EMPTY: StoredPacks = { packs: [], order: [], disabled: [] };

// Bump `version` and add a migration (old value → new) whenever StoredPacks changes shape: WXT runs
// migrations when the extension updates, before anyone reads the item.
export const packsItem = storage.defineItem<StoredPacks>('local:packs', { fallback: EMPTY, version: 1 });

export async function readStoredPacks(): Promise<StoredPacks> {
  const parsed = StoredPacks.safeParse(await packsItem.getValue());
  // Never overwrite what cannot be read: every write starts from a read, so this stops them all.
  if (!parsed.success) throw new PackStoreError('The stored phrase packs could not be read.', { code: 'unreadable' });
  return parsed.data;
}

/** Every pack in priority order: what the options page lists and the side panel draws phrases from. */
export async function loadPackEntries(): Promise<PackEntry[]> {
  const [stored, managed] = await Promise.all([readStoredPacks(), readManagedState()]);
  return packEntries(stored, managedPacksOf(managed));
}

/** Calls back whenever the user's packs or the managed packs change, in any extension page. */
export function watchPackEntries(onChange: () => void): () => void {
  const unwatch = [packsItem.watch(onChange), managedPacksItem.watch(onChange)];
  return () => unwatch.forEach((stop) => stop());
}

async function write(next: StoredPacks): Promise<void> {
  await guardQuota('packs', () => packsItem.setValue(StoredPacks.parse(next)));
}

/** Every pack an import could collide with, and who owns it. */
export async function installedPacks(stored?: StoredPacks) {
  const [user, managed] = await Promise.all([stored ?? readStoredPacks(), readManagedState()]);
  return [
    ...managedPacksOf(managed).map((pack) => ({ pack, origin: 'managed' as PackOrigin })),
    ...BUILT_IN_PACKS.map((pack) => ({ pack, origin: 'builtin' as PackOrigin })),
    ...user.packs.map(({ pack }) => ({ pack, origin: 'user' as PackOrigin })),
  ];
}

/**
 * Plans the import and, when it is allowed (valid, not locked, and confirmed if it replaces the same or
 * an older version), stores it in one write. Returns the plan and whether it was stored; throws, storing
 * nothing, when it does not fit (the budget, or a full storage).
 */
export function installPack(
  input: unknown,
  source: PackSource,
  { confirmed = false, now = new Date() }: { confirmed?: boolean; now?: Date } = {},
): Promise<{ plan: AcceptedPlan; installed: true } | { plan: ImportPlan; installed: false }> {
  return withPackLock(async () => {
    const stored = await readStoredPacks();
    const plan = planImport(input, await installedPacks(stored));
    if (!canCommit(plan) || (needsConfirmation(plan) && !confirmed)) return { plan, installed: false };
    const entry = { pack: plan.pack, source, installedAt: now.toISOString() };
    const replaced = stored.packs.some(({ pack }) => pack.id === plan.pack.id);
    const packs = replaced
      ? stored.packs.map((old) => (old.pack.id === plan.pack.id ? entry : old))
      : [...stored.packs, entry];
    checkBudget(
      packs.map(({ pack }) => pack),
      plan.pack,
    );
    // A new pack goes first: whoever imports it means to use it. An update keeps its place.
    await write({ ...stored, packs, order: replaced ? stored.order : [plan.pack.id, ...orderedIds(stored)] });
    return { plan, installed: true };
  });
}

function requireKnown(stored: StoredPacks, id: string): void {
  if (!orderedIds(stored).includes(id)) throw new PackStoreError(`No pack with id "${id}" can be changed here.`);
}

export function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  return withPackLock(async () => {
    const stored = await readStoredPacks();
    requireKnown(stored, id);
    const disabled = stored.disabled.filter((other) => other !== id);
    await write({ ...stored, disabled: enabled ? disabled : [...disabled, id] });
  });
}

/** Moves a pack up (-1) or down (+1) in priority; at either end it stays where it is. */
export function movePack(id: string, offset: -1 | 1): Promise<void> {
  return withPackLock(async () => {
    const stored = await readStoredPacks();
    requireKnown(stored, id);
    const order = orderedIds(stored);
    const from = order.indexOf(id);
    const to = from + offset;
    if (to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    await write({ ...stored, order });
  });
}

/** Deletes a user pack. Built-in packs can only be disabled. */
export function deletePack(id: string): Promise<void> {
  return withPackLock(async () => {
    const stored = await readStoredPacks();
    if (isBuiltInId(id)) throw new PackStoreError('A built-in pack can be disabled, not deleted.');
    requireKnown(stored, id);
    await write({
      packs: stored.packs.filter(({ pack }) => pack.id !== id),
      order: stored.order.filter((other) => other !== id),
      disabled: stored.disabled.filter((other) => other !== id),
    });
  });
}
