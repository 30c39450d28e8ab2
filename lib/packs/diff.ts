// What an update changes, for the import review: phrases added, removed and reworded per step (matched
// by id within the step), and which descriptive fields changed.
import { PACK_STEPS, type PackStep, type Phrase, type PhrasePack } from './schema';

export interface StepChanges {
  step: PackStep;
  added: string[];
  removed: string[];
  changed: string[];
}

export const DESCRIBED_FIELDS = ['name', 'locale', 'author', 'description', 'cues'] as const;
export type DescribedField = (typeof DESCRIBED_FIELDS)[number];

export interface PackChanges {
  fields: DescribedField[];
  /** Only the steps that changed, in framework order. */
  steps: StepChanges[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function byId(phrases: readonly Phrase[] = []): Map<string, Phrase> {
  const map = new Map<string, Phrase>();
  // With duplicate ids (a lint warning), the first phrase stands for the id.
  for (const phrase of phrases) if (!map.has(phrase.id)) map.set(phrase.id, phrase);
  return map;
}

export function diffPacks(before: PhrasePack, after: PhrasePack): PackChanges {
  const steps = PACK_STEPS.map((step): StepChanges => {
    const [old, next] = [byId(before.steps[step]), byId(after.steps[step])];
    return {
      step,
      added: [...next.keys()].filter((id) => !old.has(id)),
      removed: [...old.keys()].filter((id) => !next.has(id)),
      changed: [...next.keys()].filter((id) => old.has(id) && !same(old.get(id), next.get(id))),
    };
  }).filter((change) => change.added.length + change.removed.length + change.changed.length > 0);
  return { fields: DESCRIBED_FIELDS.filter((field) => !same(before[field], after[field])), steps };
}

export const isUnchanged = (changes: PackChanges) => changes.fields.length === 0 && changes.steps.length === 0;
