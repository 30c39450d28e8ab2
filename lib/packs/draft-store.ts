// The pack editor's work in progress, in browser.storage.local beside the installed packs but apart from
// them (store.ts): drafts the trainer saved on purpose, and the editor's autosaves. The side panel and the
// background read installed packs only (loadPackEntries), so a draft never offers a phrase: it becomes a
// pack only through the import review, once it is valid. A draft may be an invalid pack, so the schema
// here checks its shape, not its content: whatever the trainer typed survives a reload.
import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { CueSet } from '@/lib/framework/cues/schema';
import { withPackLock } from './lock';
import { BEHAVIOURS, LIMITS, PACK_FORMAT, PACK_STEPS } from './schema';
import { guardQuota, PackStoreError } from './store-errors';

const DraftPhrase = z.strictObject({
  id: z.string(),
  text: z.string(),
  variants: z.optional(z.partialRecord(z.enum(BEHAVIOURS), z.string())),
  tags: z.optional(z.array(z.string())),
});

/** A phrase pack's shape with none of its rules: what the editor holds while the trainer types. */
export const DraftPack = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(PACK_FORMAT),
  id: z.string(),
  name: z.string(),
  version: z.string(),
  locale: z.string(),
  author: z.string(),
  description: z.string(),
  updatedAt: z.string(),
  steps: z.partialRecord(z.enum(PACK_STEPS), z.array(DraftPhrase)),
  cues: z.optional(z.array(CueSet)),
});

/** A draft the trainer saved: listed with the packs, never enabled. */
export const SavedDraft = z.strictObject({ key: z.string(), pack: DraftPack, savedAt: z.string() });
export type SavedDraft = z.infer<typeof SavedDraft>;

/** What the editor kept of changes not saved yet, to offer them again after a reload or a crash. */
export const EditorSession = z.strictObject({
  key: z.string(),
  pack: DraftPack,
  step: z.enum(PACK_STEPS),
  savedAt: z.string(),
});
export type EditorSession = z.infer<typeof EditorSession>;

/** What a shelf holds: the entries that could be read, and the ones that could not, kept as they are. */
export interface ShelfContents<T> {
  entries: T[];
  unreadable: unknown[];
}

export interface DraftShelf<T extends { key: string; pack: unknown }> {
  read(): Promise<ShelfContents<T>>;
  /** Stores `entry` in place of the one with its key. An aborted `signal` stops it before it writes. */
  put(entry: T, signal?: AbortSignal): Promise<void>;
  remove(key: string): Promise<void>;
  /** Deletes the entries that could not be read, once the trainer has decided to. */
  discardUnreadable(): Promise<void>;
}

const keyOf = (raw: unknown): string | null =>
  typeof raw === 'object' && raw !== null && typeof (raw as { key?: unknown }).key === 'string'
    ? (raw as { key: string }).key
    : null;

// Whatever is stored stays stored until the trainer discards it: a value that is not even a list becomes
// one unreadable entry of the list, so the next write keeps it instead of overwriting it.
const rawList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

function checkSize(pack: unknown): void {
  const bytes = new TextEncoder().encode(JSON.stringify(pack)).length;
  if (bytes > LIMITS.bytes) {
    const problem = { code: 'draft-too-large', limit: LIMITS.bytes } as const;
    throw new PackStoreError('The draft is larger than 1 MB, the limit for a phrase pack.', problem);
  }
}

/**
 * One list of drafts in one storage item, each entry checked on its own so one bad entry spoils no other.
 * Every change reads, changes and writes the list, taking turns with every other pack write (lock.ts).
 */
function listShelf<T extends { key: string; pack: unknown }>(
  item: WxtStorageItem<unknown, Record<string, unknown>>,
  schema: z.ZodMiniType<T>,
): DraftShelf<T> {
  async function change(edit: (raw: unknown[]) => unknown[], signal?: AbortSignal): Promise<void> {
    await withPackLock(async () => {
      const next = edit(rawList(await item.getValue()));
      // A page that has gone (or a test that has ended) must not write into storage someone else now uses.
      if (signal?.aborted) return;
      await guardQuota('draft', () => item.setValue(next));
    });
  }

  return {
    async read() {
      const contents: ShelfContents<T> = { entries: [], unreadable: [] };
      for (const raw of rawList(await item.getValue())) {
        const parsed = schema.safeParse(raw);
        if (parsed.success) contents.entries.push(parsed.data);
        else contents.unreadable.push(raw);
      }
      return contents;
    },
    async put(entry, signal) {
      checkSize(entry.pack);
      const checked = schema.parse(entry);
      await change((raw) => [...raw.filter((old) => keyOf(old) !== entry.key), checked], signal);
    },
    remove: (key) => change((raw) => raw.filter((old) => keyOf(old) !== key)),
    discardUnreadable: () => change((raw) => raw.filter((old) => schema.safeParse(old).success)),
  };
}

/**
 * One storage item per entry ("packEditorSession:<key>"), written without reading first: a page being
 * closed gets its last autosave out only if the write starts before the page goes, with no lock or read
 * to wait for. Each page writes its own key, so there is nothing to take turns over.
 */
function keyedShelf<T extends { key: string; pack: unknown }>(prefix: string, schema: z.ZodMiniType<T>): DraftShelf<T> {
  const itemKey = (key: string): StorageItemKey => `local:${prefix}${key}`;
  const stored = async () =>
    Object.entries(await storage.snapshot('local')).filter(([name]) => name.startsWith(prefix));

  return {
    async read() {
      const contents: ShelfContents<T> = { entries: [], unreadable: [] };
      for (const [, raw] of await stored()) {
        const parsed = schema.safeParse(raw);
        if (parsed.success) contents.entries.push(parsed.data);
        else contents.unreadable.push(raw);
      }
      return contents;
    },
    // Nothing is awaited before the write itself starts (see above).
    async put(entry, signal) {
      checkSize(entry.pack);
      const checked = schema.parse(entry);
      if (signal?.aborted) return;
      await guardQuota('draft', () => storage.setItem(itemKey(entry.key), checked));
    },
    remove: (key) => storage.removeItem(itemKey(key)),
    async discardUnreadable() {
      const unreadable = (await stored()).filter(([, raw]) => !schema.safeParse(raw).success);
      await storage.removeItems(unreadable.map(([name]): StorageItemKey => `local:${name}`));
    },
  };
}

const savedDraftsItem = storage.defineItem<unknown>('local:packDrafts', { fallback: [], version: 1 });
export const savedDrafts = listShelf(savedDraftsItem, SavedDraft);
export const editorSessions = keyedShelf('packEditorSession:', EditorSession);

/** Calls back whenever the saved drafts change, in any extension page. */
export const watchSavedDrafts = (onChange: () => void) => savedDraftsItem.watch(onChange);
