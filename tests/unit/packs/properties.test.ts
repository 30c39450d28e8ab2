import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installPack, parsePack } from '@/lib/packs';
import { malformedPack, validPack } from './arbitraries';
import { pack } from './fixtures';

// Thousands of generated packs take a few seconds alone and several times that on a busy two-core CI
// runner: a generous time-out, since these tests check behaviour, never speed.
describe('pack properties', { timeout: 60_000 }, () => {
  it('accepts every well-formed pack as it is', () => {
    fc.assert(
      fc.property(validPack, (valid) => {
        expect(parsePack(JSON.stringify(valid))).toEqual({ ok: true, pack: valid });
      }),
      { numRuns: 500 },
    );
  });

  it('rejects thousands of malformed packs, each with a non-empty list of located errors', () => {
    fc.assert(
      fc.property(malformedPack, (input) => {
        const result = parsePack(input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) expect(error.message).not.toBe('');
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (input) => {
          const result = parsePack(input);
          expect(result.ok || result.errors.length > 0).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('leaves the stored packs byte-identical after each rejected import', async () => {
    await installPack(pack(), { kind: 'file' });
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    await fc.assert(
      fc.asyncProperty(malformedPack, async (input) => {
        const { installed, plan } = await installPack(input, { kind: 'paste' }, { confirmed: true });
        expect(installed).toBe(false);
        expect(plan.kind).toBe('invalid');
        expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
      }),
      { numRuns: 1000 },
    );
  });
});
