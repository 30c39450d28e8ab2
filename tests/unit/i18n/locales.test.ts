// Every locale file is a complete translation of English: the same keys, the same $1…$9 in each message,
// the same plural forms, nothing empty. Each file in locales/ is checked, so a new language is checked the
// day its file lands.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile, parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { getMessage, installI18n } from '../support/i18n';

const LOCALES_DIR = join(__dirname, '../../../locales');
const MESSAGE_FILE = /^([A-Za-z_]+)\.(ya?ml|json5?|jsonc|toml)$/;

const localeFiles = readdirSync(LOCALES_DIR).flatMap((name) => {
  const match = MESSAGE_FILE.exec(name);
  return match ? [{ locale: match[1]!, file: name }] : [];
});

type Messages = Map<string, ParsedMessage>;

const byKey = (parsed: ParsedMessage[]): Messages => new Map(parsed.map((message) => [message.key.join('.'), message]));
const messagesOf = async (file: string) => byKey(await parseMessagesFile(join(LOCALES_DIR, file)));

/** Each text a message holds, by form: `''` for a plain message, the count ("0", "1", "n") for a plural one. */
function forms(message: ParsedMessage): Map<string, string> {
  return message.type === 'plural' ? new Map(Object.entries(message.plurals)) : new Map([['', message.message]]);
}

const formName = (key: string, form: string) => (form ? `${key}[${form}]` : key);

/** The $1…$9 a text substitutes ($$ is a dollar sign, not a placeholder), sorted, each once. */
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\$(\$|[1-9])/g)].map((m) => m[1]!).filter((which) => which !== '$'))].sort();

/** Named substitutions ({name}) as @wxt-dev/i18n reads them. */
const named = (message: ParsedMessage) => [...message.namedSubstitutions].sort().join(', ');

/** Messages with an empty text (in any plural form). */
const emptyIn = (messages: Messages) =>
  [...messages].flatMap(([key, message]) =>
    [...forms(message)].filter(([, text]) => text.trim() === '').map(([form]) => formName(key, form)),
  );

/** How a translation falls short of English, by kind; every list empty when it is complete. */
function compare(english: Messages, translated: Messages, locale: string) {
  const shared = [...english].flatMap(([key, en]) => {
    const tr = translated.get(key);
    return tr ? [{ key, en, tr }] : [];
  });
  return {
    missing: [...english.keys()].filter((key) => !translated.has(key)),
    extra: [...translated.keys()].filter((key) => !english.has(key)),
    forms: shared.flatMap(({ key, en, tr }) => {
      const want = [...forms(en).keys()].sort().join(',');
      const got = [...forms(tr).keys()].sort().join(',');
      return want === got ? [] : [`${key}: English has forms [${want}], ${locale} has [${got}]`];
    }),
    placeholders: shared.flatMap(({ key, en, tr }) => {
      const enForms = forms(en);
      const problems = [...forms(tr)].flatMap(([form, text]) => {
        const enText = enForms.get(form);
        if (enText === undefined) return [];
        const want = placeholders(enText).join(' ');
        const got = placeholders(text).join(' ');
        return want === got ? [] : [`${formName(key, form)}: English has [${want}], ${locale} has [${got}]`];
      });
      if (named(en) !== named(tr)) problems.push(`${key}: English names {${named(en)}}, ${locale} {${named(tr)}}`);
      return problems;
    }),
    empty: emptyIn(translated),
    // The browser's message holds the plural forms joined by " | " and splits them there again.
    pluralBars: [...translated].flatMap(([key, message]) =>
      message.type === 'plural' && Object.values(message.plurals).some((text) => text.includes(' | ')) ? [key] : [],
    ),
  };
}

const english = await messagesOf('en.yml');
const translations = await Promise.all(
  localeFiles
    .filter(({ locale }) => locale !== 'en')
    .map(async ({ locale, file }) => ({ locale, file, report: compare(english, await messagesOf(file), locale) })),
);

describe('locale files', () => {
  it('has English and Spanish at least', () => {
    expect(localeFiles.map(({ locale }) => locale)).toEqual(expect.arrayContaining(['en', 'es']));
  });

  it('has no empty English message', () => {
    expect(emptyIn(english)).toEqual([]);
  });
});

describe.each(translations)('locales/$file', ({ file, report }) => {
  it('has every key English has', () => {
    expect(report.missing).toEqual([]);
  });

  it('has no key English lacks', () => {
    expect(report.extra).toEqual([]);
  });

  it('keeps each message plain or plural as English does, with the same plural forms', () => {
    expect(report.forms).toEqual([]);
  });

  it('uses the same $1…$9 placeholders as English in every message and form', () => {
    expect(report.placeholders).toEqual([]);
  });

  it('has no empty message', () => {
    expect(report.empty).toEqual([]);
  });

  it('never writes " | " in a plural form (the browser splits the forms there)', () => {
    expect(report.pluralBars).toEqual([]);
  });

  it('keeps the extension name and fits the manifest description in Chrome’s 132 characters', async () => {
    const messages = await messagesOf(file);
    const text = (key: string) => forms(messages.get(key)!).get('');
    expect(text('extension.name')).toBe('Steadyhand');
    expect(text('extension.description')!.length).toBeLessThanOrEqual(132);
  });
});

describe('the comparison', () => {
  it('names each key and form a translation gets wrong', () => {
    const en = byKey(
      parseMessagesText(
        'a: Hello $1\nb:\n  c: Bye\nitems:\n  1: 1 item\n  n: $1 items\nnamed: Hi {name}\ngone: Only here\n',
        'YAML',
      ),
    );
    const xx = byKey(
      parseMessagesText(
        "a: Hola\nb:\n  c: ''\nitems:\n  n: $1 cosas | $2\nnamed: Hola {nombre}\nnew: Solo aquí\n",
        'YAML',
      ),
    );
    expect(compare(en, xx, 'xx')).toEqual({
      missing: ['gone'],
      extra: ['new'],
      forms: ['items: English has forms [1,n], xx has [n]'],
      placeholders: [
        'a: English has [1], xx has []',
        'items[n]: English has [1], xx has [1 2]',
        'named: English names {name}, xx {nombre}',
      ],
      empty: ['b.c'],
      pluralBars: ['items'],
    });
  });
});

describe('the test support', () => {
  it('answers from the locale a test installs, and from English by default', () => {
    try {
      installI18n('es');
      expect(getMessage('steps_listen_name')).toBe('Escuchar y reconocer');
      expect(getMessage('panel_step_eyebrow', ['2'])).toBe('Próxima respuesta · paso 2 de 6');
    } finally {
      installI18n();
    }
    expect(getMessage('steps_listen_name')).toBe('Listen & Acknowledge');
  });
});
