// Issue 11: a phrase pack is a stranger's file (a download, a paste, a colleague's export). Every hostile text
// of the corpus, class by class, in every field of a pack: accepted exactly as written, or refused with errors
// about that field only, and a refused install leaves storage byte for byte as it was. Files that try to
// reach Object.prototype or to exhaust the parser are refused the same way.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Conversation } from '@/lib/conversation';
import { analyze } from '@/lib/framework';
import {
  activePacks,
  fillVariables,
  installPack,
  loadPackEntries,
  parsePack,
  phrasesForStep,
  readStoredPacks,
  segmentsOf,
  setPackEnabled,
  variablesFor,
  type PhrasePack,
} from '@/lib/packs';
import { packsItem } from '@/lib/packs/store';
import {
  deepJson,
  HOSTILE_TEXTS,
  hugeTexts,
  pollutingJson,
  PROTOTYPE_KEYS,
  type HostileClass,
} from '../../support/hostile';
import { pack } from '../packs/fixtures';
import { tamperedAnywhere } from './checks';
import { PACK_FIELDS } from './pack-fields';

const CLASSES = [...new Set(HOSTILE_TEXTS.map((entry) => entry.kind))] as HostileClass[];
const textsOf = (kind: HostileClass) => HOSTILE_TEXTS.filter((entry) => entry.kind === kind);
const source = { kind: 'file' } as const;

/** Everything in storage.local, as text: a refused install must leave it byte for byte the same. */
const storage = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

const conversation: Conversation = {
  helpdesk: 'zendesk',
  id: '4711',
  subject: 'Charged twice',
  customer: { name: 'Dana Whitfield', email: null },
  channel: null,
  messages: [
    {
      id: 'm1',
      role: 'customer',
      author: 'Dana',
      internal: false,
      text: 'I was charged twice!',
      at: null,
      channel: null,
      attachments: [],
    },
  ],
};

/** Storage with something in it to lose: a pack of the user's, and a built-in pack disabled. */
async function storedBefore(): Promise<string> {
  await installPack(pack({ id: 'team-pack' }), source, { now: new Date('2026-03-02T10:00:00Z') });
  await setPackEnabled('steadyhand-es', false);
  return storage();
}

afterEach(() => expect(tamperedAnywhere()).toEqual([]));

describe.each(PACK_FIELDS)('hostile text as the $name', (field) => {
  test.each(CLASSES)('%s texts are kept exactly or refused at that field', (kind) => {
    for (const { id, text } of textsOf(kind)) {
      const result = parsePack(JSON.stringify(field.put(text, 'hostile-pack')));
      if (result.ok) {
        expect(field.get(result.pack), id).toBe(field.kept(text));
      } else {
        expect(result.errors.length, id).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.path, `${id}: ${error.message}`).toMatch(field.path);
          expect(error.message.trim(), id).not.toBe('');
        }
      }
    }
  });
});

describe('installing packs with hostile text', () => {
  let before: string;
  beforeEach(async () => {
    before = await storedBefore();
  });

  // The free-text fields all at once, as a pack a stranger would write them.
  const everywhere = (text: string): PhrasePack => {
    const base = pack({ id: 'hostile-pack', name: text, author: text, description: text });
    return { ...base, steps: { ...base.steps, listen: [{ id: 'listen-hear', text, variants: { angry: text } }] } };
  };

  test.each(CLASSES)('%s texts: stored and offered exactly as written, or nothing stored', async (kind) => {
    for (const { id, text } of textsOf(kind)) {
      const result = await installPack(JSON.stringify(everywhere(text)), source);
      if (!result.installed) {
        expect(result.plan.kind, id).toBe('invalid');
        expect(await storage(), id).toBe(before);
        continue;
      }
      const stored = (await readStoredPacks()).packs.find((entry) => entry.pack.id === 'hostile-pack')!.pack;
      expect(stored, id).toEqual(everywhere(text));
      const offered = phrasesForStep(activePacks(await loadPackEntries()), 'listen', ['angry']);
      expect(offered[0], id).toMatchObject({ packId: 'hostile-pack', packName: text, text });
      // Put things back as they were for the next text.
      await fakeBrowser.storage.local.clear();
      before = await storedBefore();
    }
  });

  test.each(CLASSES)('%s texts as a pack id: a refused id stores nothing', async (kind) => {
    for (const { id, text } of textsOf(kind)) {
      const result = await installPack(JSON.stringify(pack({ id: text })), source);
      if (result.installed) {
        expect((await readStoredPacks()).order[0], id).toBe(text);
        await fakeBrowser.storage.local.clear();
        before = await storedBefore();
      } else {
        expect(await storage(), id).toBe(before);
      }
    }
  });
});

describe('files that try to reach the prototype or to exhaust the parser', () => {
  let before: string;
  beforeEach(async () => {
    before = await storedBefore();
  });

  const refusedAndNothingStored = async (input: unknown, label: string) => {
    const result = await installPack(input, source);
    expect(result.installed, label).toBe(false);
    expect(result.plan.kind, label).toBe('invalid');
    expect(await storage(), label).toBe(before);
    return result.plan.kind === 'invalid' ? result.plan.errors : [];
  };

  test('a pack with prototype keys in every object is refused, as text and as parsed data', async () => {
    const text = pollutingJson(pack());
    for (const [label, input] of [
      ['text', text],
      ['data', JSON.parse(text) as unknown],
    ] as const) {
      const errors = await refusedAndNothingStored(input, label);
      expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
      expect(tamperedAnywhere(), label).toEqual([]);
    }
  });

  test('JSON nested 10,000 deep, as the file or inside it, is refused with one clear error', async () => {
    const deep = deepJson(10_000);
    const inside = JSON.stringify(pack()).replace('"steps":{', `"steps":{"listen":${deep},"x":`);
    for (const [label, input] of [
      ['file', deep],
      ['parsed', JSON.parse(deep) as unknown],
      ['inside', inside],
      ['as big as allowed', deepJson(500_000)],
    ] as const) {
      const errors = await refusedAndNothingStored(input, label);
      expect(errors.length, label).toBeLessThanOrEqual(2);
    }
  });

  test('a megabyte of anything is refused before it is walked', async () => {
    for (const { id, text } of hugeTexts().slice(0, 2)) {
      const errors = await refusedAndNothingStored(JSON.stringify(pack({ description: text })), id);
      expect(errors, id).toEqual([
        {
          path: '',
          message: expect.stringMatching(/limit is 1 MB/),
          issue: expect.objectContaining({ code: 'pack-too-large' }),
        },
      ]);
    }
  });
});

describe('prototype names as variables and as keys', () => {
  test.each(PROTOTYPE_KEYS)('{{%s}} in a phrase is refused as unknown, or kept as plain text', (key) => {
    const text = `Hello {{${key}}}, I hear you.`;
    const result = parsePack(JSON.stringify(pack({ steps: { listen: [{ id: 'listen-hear', text }] } })));
    if (!result.ok) {
      expect(result.errors).toEqual([
        {
          path: 'steps.listen[0].text',
          message: expect.stringContaining(key),
          issue: expect.objectContaining({ code: 'unknown-variable' }),
        },
      ]);
    } else {
      expect(result.pack.steps.listen![0]!.text).toBe(text);
    }
    // However it got there (a pack stored before the check), it fills from own values only.
    expect(fillVariables(text, variablesFor(conversation))).toBe(text);
    expect(
      segmentsOf(text, variablesFor(conversation))
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  test('a stored pack from before the check, using {{constructor}}, is still offered as written', async () => {
    const text = 'Hello {{constructor}} and {{toString}}.';
    const old = pack({ id: 'old-pack', steps: { listen: [{ id: 'listen-hear', text }] } });
    await packsItem.setValue({
      packs: [{ pack: old, source, installedAt: '2025-01-01T00:00:00.000Z' }],
      order: [],
      disabled: [],
    });
    const offered = phrasesForStep(activePacks(await loadPackEntries()), 'listen', []);
    expect(offered[0]).toMatchObject({ packId: 'old-pack', text });
  });

  // zod skips a `__proto__` key in a record (cue categories are one) rather than refusing it: the pack is
  // accepted without that entry, and the key never reaches a prototype. Every other such key is refused.
  test.each(PROTOTYPE_KEYS)('%s as a step, a behaviour, a field or a cue category is refused', (key) => {
    const json = (value: unknown) => JSON.stringify(value).replace('"$KEY"', JSON.stringify(key));
    const phrase = { id: 'listen-hear', text: 'I hear you.' };
    for (const [label, input] of [
      ['step', json(pack({ steps: { $KEY: [phrase] } as PhrasePack['steps'] }))],
      ['behaviour', json(pack({ steps: { listen: [{ ...phrase, variants: { $KEY: 'x' } as never }] } }))],
      ['field', json({ ...pack(), $KEY: 'x' })],
      ['cue category', json(pack({ cues: [{ locale: 'en', cues: { $KEY: ['x'] } as never }] }))],
    ] as const) {
      const result = parsePack(input);
      if (result.ok && key === '__proto__' && label === 'cue category') {
        const categories = result.pack.cues![0]!.cues;
        expect(Object.getPrototypeOf(categories)).toBe(Object.prototype);
        expect(Object.keys(categories)).toEqual([]);
        continue;
      }
      expect(result.ok, `${key} as a ${label}`).toBe(false);
    }
  });

  test('prototype names as spelling aliases never reach a prototype, and the engine reads with them', () => {
    const aliases = Object.fromEntries(PROTOTYPE_KEYS.map((key) => [key, 'refund']));
    const text = JSON.stringify(pack({ cues: [{ locale: 'en', cues: { anger: ['grr'] }, aliases }] }));
    const result = parsePack(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const read = result.pack.cues![0]!.aliases!;
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    for (const key of PROTOTYPE_KEYS.filter((k) => k !== '__proto__')) expect(Object.hasOwn(read, key), key).toBe(true);
    const guidance = analyze(
      { ...conversation, messages: [{ ...conversation.messages[0]!, text: PROTOTYPE_KEYS.join(' grr ') }] },
      { cues: result.pack.cues },
    );
    expect(guidance.signals.map((s) => s.kind)).toContain('angry');
  });
});
