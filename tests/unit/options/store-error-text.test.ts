// The pack store's refusals in the trainer's language, with sizes and lists as the UI's locale writes them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeErrorText } from '@/entrypoints/options/store-error-text';
import { PackStoreError } from '@/lib/packs';
import { installI18n } from '../support/i18n';

const MB = 1024 * 1024;
const budget = new PackStoreError('no room', {
  code: 'budget',
  adding: { name: 'Grande', bytes: 0.5 * MB },
  budget: 5 * MB,
  used: 4.75 * MB,
  largest: [
    { name: 'Uno', bytes: 0.9 * MB },
    { name: 'Dos', bytes: 1.2 * MB },
  ],
});

describe('storeErrorText', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    installI18n();
  });

  it('words a refusal in Spanish, with Spanish numbers and lists', () => {
    installI18n('es');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('es-ES');
    expect(storeErrorText(budget)).toBe(
      'No hay sitio para “Grande” (512 kB): los paquetes que instalas pueden ocupar 5,0 MB en total y los demás ' +
        'ya ocupan 4,8 MB. Elimina los paquetes que ya no uses, como “Uno” (922 kB) o “Dos” (1,2 MB), y vuelve a intentarlo.',
    );
    const full = new PackStoreError('full', { code: 'storage-full', unsaved: 'draft' });
    expect(storeErrorText(full)).toMatch(
      /^El almacenamiento del navegador para Steadyhand está lleno: no se pudo conservar/,
    );
  });

  it('gives anything that is not a refusal as it was thrown', () => {
    expect(storeErrorText(new Error('Extension context invalidated.'))).toBe('Extension context invalidated.');
    expect(storeErrorText(new PackStoreError('No pack with id "x" can be changed here.'))).toBe(
      'No pack with id "x" can be changed here.',
    );
  });
});
