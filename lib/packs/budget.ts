// The room installed packs may take together. storage.local holds 10 MB for everything the extension
// keeps there (settings, the policy's packs, the user's packs); one pack may be 1 MB, so without a total
// a few dozen imports could fill it and leave settings and the policy's packs with no room at all.
import type { PhrasePack } from './schema';
import { PackStoreError, type SizedPack } from './store-errors';

/**
 * The size the packs a user installs (imported or written in the editor) may take together, as stored
 * JSON. Built-in packs ship with the extension and the policy's packs are the organisation's: neither counts.
 */
export const PACK_BUDGET_BYTES = 5 * 1024 * 1024;

/** The size a pack takes in storage: its JSON, in UTF-8. */
const storedSize = (pack: PhrasePack) => new TextEncoder().encode(JSON.stringify(pack)).length;

const sized = (pack: PhrasePack, bytes = storedSize(pack)): SizedPack => ({ name: pack.name, bytes });

class PackBudgetError extends PackStoreError {
  override name = 'PackBudgetError';
}

/**
 * Throws a PackBudgetError when `packs`, the user's packs as they would be stored, are over the budget.
 * `adding` is the pack being installed: the problem names it, what the others take, and the largest three
 * of them, since deleting those frees the most room (one pack is at most 1 MB, so there are always others).
 */
export function checkBudget(packs: readonly PhrasePack[], adding: PhrasePack): void {
  const sizes = packs.map((pack) => ({ pack, size: storedSize(pack) }));
  const total = sizes.reduce((sum, { size }) => sum + size, 0);
  if (total <= PACK_BUDGET_BYTES) return;
  const others = sizes.filter(({ pack }) => pack !== adding).sort((a, b) => b.size - a.size);
  const used = others.reduce((sum, { size }) => sum + size, 0);
  const largest = others.slice(0, 3).map(({ pack, size }) => sized(pack, size));
  throw new PackBudgetError(`There is no room for the pack "${adding.id}"`, {
    code: 'budget',
    adding: sized(adding),
    budget: PACK_BUDGET_BYTES,
    used,
    largest,
  });
}
