// An imported notes export's problems and changes in the UI's language (notes page, insights roll-up).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importChangeText, importProblemText } from '@/components/import-text';
import type { ImportChange } from '@/lib/notes';
import type { RollupProblem } from '@/lib/rollup';
import { installI18n } from '../support/i18n';

const problems: RollupProblem[] = [
  { code: 'newer-version', version: 4 },
  { code: 'expected-value', path: 'records[0].status', values: ['"open"', '"follow-up"', '"resolved"'] },
  { code: 'expected-type', path: 'records[2].notes.tags[0]', expected: 'string' },
  { code: 'unknown-fields', path: 'records[1]', fields: ['extra', 'more'] },
  { code: 'file-name', name: '' },
  { code: 'not-json', at: { line: 3, column: 1, found: '}' }, detail: "Unexpected token '}'" },
  { code: 'not-json', at: { line: 1, column: 12, found: null }, detail: 'Unexpected end of JSON input' },
  { code: 'not-json', at: null, detail: 'Unexpected token' },
];
const changes: ImportChange[] = [
  { code: 'link-dropped', index: 0, id: 'zendesk:acme:1', url: 'https://evil.example/x' },
  { code: 'times-clamped', index: 3, id: 'intercom:eu:7', count: 1200 },
];

describe('import problems and changes in words', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    installI18n();
  });

  it('reads in English', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    expect(problems.map(importProblemText)).toEqual([
      'This export was made by a newer Steadyhand (format version 4); update Steadyhand to import it.',
      'records[0].status: expected "open", "follow-up", or "resolved"',
      'records[2].notes.tags[0]: expected text',
      'records[1]: unknown fields extra and more',
      'Not a usable file name: ""',
      'Not a JSON file: “}” at line 3, column 1 was not expected there.',
      'Not a JSON file: it ends too soon (line 1, column 12).',
      'Not a JSON file: Unexpected token',
    ]);
    expect(changes.map(importChangeText)).toEqual([
      "records[0] (zendesk:acme:1): link dropped, it is not this ticket's page: https://evil.example/x",
      "records[3] (intercom:eu:7): 1,200 times after this computer's clock set to now",
    ]);
  });

  it('reads in Spanish, with Spanish lists and numbers', () => {
    installI18n('es');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('es-ES');
    expect(problems.map(importProblemText)).toEqual([
      'Esta exportación se hizo con una versión más reciente de Steadyhand (versión de formato 4); actualiza Steadyhand para importarla.',
      'records[0].status: se esperaba "open", "follow-up" o "resolved"',
      'records[2].notes.tags[0]: se esperaba texto',
      'records[1]: campos desconocidos extra y more',
      'No es un nombre de archivo válido: ""',
      'No es un archivo JSON: «}» en la línea 3, columna 1, no se esperaba ahí.',
      'No es un archivo JSON: termina antes de tiempo (línea 1, columna 12).',
      'No es un archivo JSON: Unexpected token',
    ]);
    expect(changes.map(importChangeText)).toEqual([
      'records[0] (zendesk:acme:1): se quitó el enlace porque no es la página de este ticket: https://evil.example/x',
      'records[3] (intercom:eu:7): 1200 fechas y horas posteriores al reloj de este dispositivo se ajustaron a la actual',
    ]);
  });
});
