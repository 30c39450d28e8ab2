// Warnings for a valid pack: things that parse but are probably mistakes. They never block an import;
// the editor and the import review show them. Display text lives in locales (packs.lint.*). An unknown
// variable is not among them: it is an error (parsePack), since the panel could never fill it in.
import { formatPath } from './errors';
import { BEHAVIOURS, PACK_STEPS, phrasesOf, type PhrasePack } from './schema';
import { malformedPlaceholders } from './variables';

export type LintKind = 'malformed-variable' | 'duplicate-id' | 'empty-step';

export interface LintWarning {
  /** What the mistake probably is; the display text is keyed on it. */
  kind: LintKind;
  /** Where the warning is, as a JavaScript-style path ("steps.listen[1].id"). */
  path: string;
  /** The placeholder, id or step the warning is about. */
  subject: string;
}

function lintText(text: string, path: Array<string | number>): LintWarning[] {
  const where = formatPath(path);
  return malformedPlaceholders(text).map((subject) => ({ kind: 'malformed-variable', path: where, subject }));
}

export function lintPack(pack: PhrasePack): LintWarning[] {
  const warnings: LintWarning[] = PACK_STEPS.filter((step) => !pack.steps[step]?.length).map((step) => ({
    kind: 'empty-step',
    path: formatPath(['steps', step]),
    subject: step,
  }));
  // Usage is counted per phrase id, so an id used twice would mix two phrases' counts.
  const seen = new Set<string>();
  for (const { step, index, phrase } of phrasesOf(pack)) {
    const at = ['steps', step, index];
    if (seen.has(phrase.id))
      warnings.push({ kind: 'duplicate-id', path: formatPath([...at, 'id']), subject: phrase.id });
    seen.add(phrase.id);
    warnings.push(...lintText(phrase.text, [...at, 'text']));
    for (const kind of BEHAVIOURS) {
      const variant = phrase.variants?.[kind];
      if (variant !== undefined) warnings.push(...lintText(variant, [...at, 'variants', kind]));
    }
  }
  return warnings;
}
