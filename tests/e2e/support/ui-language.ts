// What an agent sees in one language: the extension's messages as the browser holds them (the demo build's
// _locales/<lang>/messages.json, made from locales/<lang>.yml), so a test finds the panel's parts by the
// words people read in that language; and the built-in phrase packs' phrases, to tell which pack a
// phrase on screen came from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_EXTENSION_DIR } from '../../../scripts/lib/launch';

export type Language = 'en' | 'es';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const messages = new Map<Language, Record<string, { message: string }>>();

/** The message `key` (as in locales/*.yml: `steps.listen.name`) in `language`, as chrome.i18n.getMessage says it. */
export function uiText(language: Language, key: string, substitutions: string[] = []): string {
  let file = messages.get(language);
  if (!file) {
    file = read<Record<string, { message: string }>>(join(DEMO_EXTENSION_DIR, '_locales', language, 'messages.json'));
    messages.set(language, file);
  }
  const message = file[key.replaceAll('.', '_')]?.message;
  if (message === undefined) throw new Error(`The demo build has no "${key}" in _locales/${language}`);
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

interface PackFile {
  locale: string;
  steps: Record<string, Array<{ text: string; variants?: Record<string, string> }>>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` is one of the built-in `language` pack's phrases for `step` (its own wording or a
 * behaviour's), its `{{variables}}` filled with anything.
 */
export function isPackPhrase(language: Language, step: string, text: string): boolean {
  const pack = read<PackFile>(join(__dirname, '../../../lib/packs/builtin', `${language}.json`));
  const wordings = (pack.steps[step] ?? []).flatMap((phrase) => [phrase.text, ...Object.values(phrase.variants ?? {})]);
  return wordings.some((wording) =>
    new RegExp(
      `^${wording
        .split(/\{\{[^}]+\}\}/)
        .map(escape)
        .join('.+')}$`,
    ).test(text.trim()),
  );
}
