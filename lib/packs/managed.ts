// Packs an administrator pushes through the browser's enterprise policy (storage.managed; the schema is
// public/managed-schema.json). Inline packs are parsed as they are; URL packs are downloaded by the
// background, which keeps the result in local storage so pages read one cached, validated list (a write
// that fails, for a full storage above all, is recorded for the options page: managed-failure.ts).
// Managed packs are locked: they cannot be edited, disabled, reordered or deleted from the options page.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { formatPath, type PackError } from './errors';
import { fetchPackText, fetchProblemOf } from './fetch-pack';
import { PackIssue } from './issues';
import { takingTurns, withPackLock } from './lock';
import { managedFailureItem, readManagedFailure } from './managed-failure';
import { parsePack } from './parse';
import { PhrasePack } from './schema';
import { guardQuota, PackStoreError } from './store-errors';
import { errorText } from '../error-text';

/** URL packs are downloaded again after this long, when the background starts (it has no alarms). */
export const REFRESH_MS = 6 * 60 * 60 * 1000;

const ManagedSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('inline'), index: z.number() }),
  z.strictObject({ kind: z.literal('url'), url: z.string() }),
]);
export type ManagedSource = z.infer<typeof ManagedSource>;

const ManagedEntry = z.strictObject({
  source: ManagedSource,
  /** The pack in force: for a URL, the last copy that downloaded and parsed, even if a later attempt failed. */
  pack: z.nullable(PhrasePack),
  // A copy cached before errors carried their issue reads as no state (readManagedState), and is resolved again.
  errors: z.array(z.strictObject({ path: z.string(), message: z.string(), issue: PackIssue })),
  fetchedAt: z.nullable(z.string()),
});
export type ManagedEntry = z.infer<typeof ManagedEntry>;

export const ManagedState = z.strictObject({
  /** The policy's packs as JSON, to notice a change. */
  policy: z.string(),
  checkedAt: z.nullable(z.string()),
  entries: z.array(ManagedEntry),
});
export type ManagedState = z.infer<typeof ManagedState>;

const NONE: ManagedState = { policy: '[]', checkedAt: null, entries: [] };

// Written by the background only. Bump `version` and add a migration when ManagedState changes shape.
export const managedPacksItem = storage.defineItem<ManagedState>('local:managedPacks', { fallback: NONE, version: 1 });

// Checked as strictly as an import: a copy cached before a check was added (an unknown variable, say)
// reads as no state at all, so the next refresh resolves the policy again and reports the pack instead.
export async function readManagedState(): Promise<ManagedState> {
  const parsed = ManagedState.safeParse(await managedPacksItem.getValue());
  return parsed.success ? parsed.data : NONE;
}

export const managedPacksOf = (state: ManagedState) =>
  state.entries.flatMap((entry) => (entry.pack ? [entry.pack] : []));

/** The policy as the browser gives it; none at all (Firefox rejects the call then) means no managed packs. */
export async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    return {};
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const prefixed = (prefix: Array<string | number>, errors: PackError[]) =>
  errors.map((error) => ({
    ...error,
    path: formatPath(prefix) + (error.path && !error.path.startsWith('[') ? '.' : '') + error.path,
  }));

interface ResolveOptions {
  fetchText: (url: string) => Promise<string>;
  now: number;
  force: boolean;
}

async function fromUrl(
  url: string,
  index: number,
  old: ManagedEntry | undefined,
  options: ResolveOptions,
): Promise<ManagedEntry> {
  const source = { kind: 'url', url } as const;
  const kept = { pack: old?.pack ?? null, fetchedAt: old?.fetchedAt ?? null };
  if (!url.startsWith('https://')) {
    const error = {
      path: `packs[${index}].url`,
      message: 'must be an https:// address',
      issue: { code: 'not-https' },
    } as const;
    return { source, ...kept, errors: [error] };
  }
  try {
    const parsed = parsePack(await options.fetchText(url));
    if (parsed.ok) return { source, pack: parsed.pack, errors: [], fetchedAt: new Date(options.now).toISOString() };
    return { source, ...kept, errors: parsed.errors };
  } catch (error) {
    const message = `could not download it: ${errorText(error)}`;
    const issue = { code: 'download-failed', problem: fetchProblemOf(error) } as const;
    return { source, ...kept, errors: [{ path: `packs[${index}].url`, message, issue }] };
  }
}

/** What the policy's packs are now. URL packs are downloaded only when due, unless `force`. */
export async function resolveManagedPacks(
  policy: Record<string, unknown>,
  previous: ManagedState,
  options: ResolveOptions,
): Promise<ManagedState> {
  const list = Array.isArray(policy.packs) ? policy.packs : [];
  const key = JSON.stringify(list);
  const due =
    options.force ||
    previous.policy !== key ||
    !previous.checkedAt ||
    options.now - Date.parse(previous.checkedAt) >= REFRESH_MS;
  const entries = await Promise.all(
    list.map(async (item: unknown, index): Promise<ManagedEntry> => {
      if (isRecord(item) && typeof item.url === 'string' && !('pack' in item)) {
        const old = previous.entries.find((entry) => entry.source.kind === 'url' && entry.source.url === item.url);
        return !due && old ? old : fromUrl(item.url, index, old, options);
      }
      const source = { kind: 'inline', index } as const;
      if (isRecord(item) && 'pack' in item && !('url' in item)) {
        const parsed = parsePack(item.pack);
        if (parsed.ok) return { source, pack: parsed.pack, errors: [], fetchedAt: null };
        return { source, pack: null, errors: prefixed(['packs', index, 'pack'], parsed.errors), fetchedAt: null };
      }
      const message = 'needs either "url" (an https:// address serving the pack) or "pack" (the pack itself)';
      const error = { path: `packs[${index}]`, message, issue: { code: 'url-or-pack' } } as const;
      return { source, pack: null, errors: [error], fetchedAt: null };
    }),
  );
  return { policy: key, checkedAt: due ? new Date(options.now).toISOString() : previous.checkedAt, entries };
}

async function refresh({ force, fetchText, now }: ResolveOptions): Promise<ManagedState> {
  const [policy, previous] = await Promise.all([readPolicy(), readManagedState()]);
  const next = await resolveManagedPacks(policy, previous, { fetchText, now, force });
  try {
    if (JSON.stringify(next) !== JSON.stringify(previous)) {
      await withPackLock(() => guardQuota('managed', () => managedPacksItem.setValue(ManagedState.parse(next))));
    }
  } catch (error) {
    // Kept for the options page, which shows it: the background has nowhere else to say it. A full storage
    // goes as a code, which the page words in its language; anything else as it was thrown.
    const full = error instanceof PackStoreError && error.problem?.code === 'storage-full';
    const failure = { at: new Date(now).toISOString(), message: errorText(error) };
    await managedFailureItem.setValue(full ? { ...failure, code: 'storage-full' } : failure);
    throw error;
  }
  if (await readManagedFailure()) await managedFailureItem.removeValue();
  return next;
}

// Downloads happen outside the pack lock, so a slow server never holds up the options page; refreshes
// take turns among themselves instead, each starting from what the one before stored.
const oneAtATime = takingTurns();

/** Reads the policy, resolves it and stores the result, writing only when something changed. */
export function refreshManagedPacks({
  force = false,
  fetchText = (url: string) => fetchPackText(url),
  now = Date.now(),
}: Partial<ResolveOptions> = {}): Promise<ManagedState> {
  return oneAtATime(() => refresh({ force, fetchText, now }));
}
