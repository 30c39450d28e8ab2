// Edits the pack editor makes to a draft, as pure functions: each returns a new pack and leaves the old
// one as it was, so the editor's state stays immutable and every edit can be tested on its own.
import { BEHAVIOURS, type Behaviour, type PackStep, type Phrase, type PhrasePack } from './schema';

function withPhrases(pack: PhrasePack, step: PackStep, phrases: Phrase[]): PhrasePack {
  return { ...pack, steps: { ...pack.steps, [step]: phrases } };
}

/** An id not used anywhere in the pack yet: "clarify-4", "clarify-5"… */
export function freshPhraseId(pack: PhrasePack, step: PackStep): string {
  const used = new Set(Object.values(pack.steps).flatMap((phrases) => (phrases ?? []).map((phrase) => phrase.id)));
  let n = (pack.steps[step]?.length ?? 0) + 1;
  while (used.has(`${step}-${n}`)) n++;
  return `${step}-${n}`;
}

export function addPhrase(pack: PhrasePack, step: PackStep): PhrasePack {
  return withPhrases(pack, step, [...(pack.steps[step] ?? []), { id: freshPhraseId(pack, step), text: '' }]);
}

export function updatePhrase(pack: PhrasePack, step: PackStep, index: number, phrase: Phrase): PhrasePack {
  return withPhrases(
    pack,
    step,
    (pack.steps[step] ?? []).map((old, i) => (i === index ? phrase : old)),
  );
}

export function removePhrase(pack: PhrasePack, step: PackStep, index: number): PhrasePack {
  return withPhrases(
    pack,
    step,
    (pack.steps[step] ?? []).filter((_, i) => i !== index),
  );
}

/** Sets one behaviour's wording; an empty one is removed, and so is an empty `variants`. */
export function setVariant(phrase: Phrase, kind: Behaviour, text: string): Phrase {
  const variants = { ...phrase.variants, [kind]: text || undefined };
  const kept = Object.fromEntries(BEHAVIOURS.filter((k) => variants[k] !== undefined).map((k) => [k, variants[k]]));
  const { variants: _old, ...rest } = phrase;
  return Object.keys(kept).length ? { ...rest, variants: kept } : rest;
}

/** Tags as typed, comma-separated; empty entries stay while typing (so "a, " can become "a, b") unless `tidy`. */
export function setTags(phrase: Phrase, typed: string, tidy = false): Phrase {
  const tags = typed.split(',').map((tag) => tag.trim());
  const kept = tidy ? tags.filter(Boolean) : tags;
  const { tags: _old, ...rest } = phrase;
  return kept.length && kept.some(Boolean) ? { ...rest, tags: kept } : rest;
}
