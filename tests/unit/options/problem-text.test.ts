// A pack's problems in the trainer's language: the issue codes lib/packs gives, worded from the locale
// files, with numbers and sizes as the UI's locale writes them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchProblemText } from '@/entrypoints/options/issue-text';
import { problemSentence } from '@/entrypoints/options/problem-text';
import { LIMITS, parsePack } from '@/lib/packs';
import { errorProblem } from '@/lib/packs/field-errors';
import { pack } from '../packs/fixtures';
import { installI18n } from '../support/i18n';

const problemsOf = (input: unknown): string[] => {
  const parsed = parsePack(input);
  return parsed.ok ? [] : parsed.errors.map((error) => problemSentence(errorProblem(error)));
};

const bad = {
  ...pack({ version: '1.0' }),
  steps: { lisen: [], clarify: [{ id: 'a', text: '' }], listen: [{ id: 'b', text: 'Hi {{custmer.name}}' }] },
};
const tooLarge = JSON.stringify({ padding: 'x'.repeat(1.2 * LIMITS.bytes) });
const notFound = { code: 'http-status', status: 404, statusText: 'Not Found' } as const;

describe('pack problems in words', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    installI18n();
  });

  it('reads in English as the English messages do', () => {
    expect(problemsOf(bad)).toEqual([
      'About this pack: version must be a version like "1.2.0" (major.minor.patch)',
      'Listen & Acknowledge › Phrase 1: text uses an unknown variable {{custmer.name}}. Did you mean {{customer.name}}?',
      'Clarify & Confirm › Phrase 1: text is empty',
      'The pack: “lisen” is an unknown step. Did you mean "listen"?',
    ]);
    expect(problemsOf(tooLarge)).toEqual(['The pack: the pack is 1.2 MB; the limit is 1 MB']);
    expect(problemsOf('{"format": 1,')).toEqual([
      'The pack: this is not valid JSON: it ends too soon (line 1, column 14)',
    ]);
    expect(problemsOf('{\n  "format": 1,\n}')).toEqual([
      'The pack: this is not valid JSON: “}” at line 3, column 1 was not expected there',
    ]);
    expect(problemsOf('{"text": "one\ntwo"}')).toEqual([
      'The pack: this is not valid JSON: “U+000A” at line 1, column 14 was not expected there',
    ]);
    expect(fetchProblemText(notFound)).toBe('the server answered 404 Not Found');
  });

  it('reads in Spanish, with Spanish numbers', () => {
    installI18n('es');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('es-ES');
    expect(problemsOf(bad)).toEqual([
      'Sobre este paquete: versión debe ser una versión como "1.2.0" (mayor.menor.parche)',
      'Escuchar y reconocer › Frase 1: texto usa la variable desconocida {{custmer.name}}. ¿Querías decir {{customer.name}}?',
      'Aclarar y confirmar › Frase 1: texto está en blanco',
      'El paquete: “lisen” es un paso desconocido. ¿Querías decir "listen"?',
    ]);
    expect(problemsOf(tooLarge)).toEqual(['El paquete: el paquete ocupa 1,2 MB; el límite es 1 MB']);
    expect(problemsOf([])).toEqual([
      'El paquete: un paquete de frases debe ser un objeto JSON: { "format": 1, "id": …, "steps": { … } }',
    ]);
    // Every word Spanish: where and what, not the JSON parser's English.
    expect(problemsOf('{\n  "format": 1,\n}')).toEqual([
      'El paquete: esto no es JSON válido: «}» en la línea 3, columna 1, no se esperaba ahí',
    ]);
    expect(problemsOf('{"format": 1,')).toEqual([
      'El paquete: esto no es JSON válido: termina antes de tiempo (línea 1, columna 14)',
    ]);
    expect(fetchProblemText(notFound)).toBe('el servidor respondió 404 Not Found');
  });
});
