import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS, diffPacks, needsConfirmation, planImport, type PhrasePack } from '@/lib/packs';
import { pack } from './fixtures';

const installed = (user: PhrasePack) => [
  { pack: pack({ id: 'org-pack' }), origin: 'managed' as const },
  ...BUILT_IN_PACKS.map((builtIn) => ({ pack: builtIn, origin: 'builtin' as const })),
  { pack: user, origin: 'user' as const },
];

describe('diffPacks', () => {
  it('summarises phrases added, removed and reworded per step, and changed fields', () => {
    const before = pack();
    const after = pack({
      name: 'Acme support (2026)',
      steps: {
        ...before.steps,
        listen: [...before.steps.listen!, { id: 'listen-new', text: 'Tell me more.' }],
        clarify: [before.steps.clarify![0]!, { id: 'clarify-when', text: 'When did this start?' }],
        boundary: undefined,
      },
    });
    expect(diffPacks(before, after)).toEqual({
      fields: ['name'],
      steps: [
        { step: 'listen', added: ['listen-new'], removed: [], changed: [] },
        { step: 'clarify', added: [], removed: ['clarify-restate'], changed: ['clarify-when'] },
        { step: 'boundary', added: [], removed: ['boundary-respect'], changed: [] },
      ],
    });
    expect(diffPacks(before, pack())).toEqual({ fields: [], steps: [] });
  });

  it('counts a change of behaviour variant or tags as rewording', () => {
    const after = pack();
    after.steps.empathize = [{ ...after.steps.empathize![0]!, variants: { angry: 'So sorry.' } }];
    expect(diffPacks(pack(), after).steps).toEqual([
      { step: 'empathize', added: [], removed: [], changed: ['empathize-sorry'] },
    ]);
  });
});

describe('planImport', () => {
  const current = pack({ version: '1.2.0' });

  it('is invalid with every error when the pack is', () => {
    const plan = planImport('{"id": 1}', installed(current));
    expect(plan.kind).toBe('invalid');
    expect(plan.kind === 'invalid' && plan.errors.length).toBeGreaterThan(5);
  });

  it('installs a pack with a new id, with its lint warnings', () => {
    const plan = planImport(
      pack({ id: 'other', steps: { listen: [{ id: 'a', text: 'About {{ticket id}}' }] } }),
      installed(current),
    );
    expect(plan).toMatchObject({ kind: 'new', pack: { id: 'other' } });
    expect(plan.kind === 'new' && plan.warnings.map((w) => w.kind)).toContain('malformed-variable');
  });

  it('refuses a pack whose phrases use a variable the panel does not fill', () => {
    const plan = planImport(
      pack({ id: 'other', steps: { listen: [{ id: 'a', text: '{{nope}}' }] } }),
      installed(current),
    );
    expect(plan).toEqual({
      kind: 'invalid',
      errors: [
        {
          path: 'steps.listen[0].text',
          message: expect.stringMatching(/^unknown variable \{\{nope\}\}\./),
          issue: expect.objectContaining({ code: 'unknown-variable', name: 'nope' }),
        },
      ],
    });
  });

  it('updates to a newer version with a summary, and asks before the same or an older one', () => {
    const newer = planImport(pack({ version: '1.10.0' }), installed(current));
    expect(newer).toMatchObject({ kind: 'update', previous: { version: '1.2.0' }, changes: { fields: [], steps: [] } });
    expect(needsConfirmation(newer)).toBe(false);

    const same = planImport(pack({ version: '1.2.0' }), installed(current));
    const older = planImport(pack({ version: '1.2.0-rc.1' }), installed(current));
    expect([same.kind, older.kind]).toEqual(['same', 'older']);
    expect(needsConfirmation(same) && needsConfirmation(older)).toBe(true);
  });

  it('never replaces a built-in or managed pack', () => {
    expect(planImport({ ...BUILT_IN_PACKS[0]!, version: '9.0.0' }, installed(current))).toMatchObject({
      kind: 'locked',
      owner: 'builtin',
    });
    expect(planImport(pack({ id: 'org-pack', version: '9.0.0' }), installed(current))).toMatchObject({
      kind: 'locked',
      owner: 'managed',
    });
  });
});
