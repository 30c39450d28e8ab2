import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '@/lib/framework';
import { detectLanguage } from '@/lib/framework/language';
import { convo } from './helpers';

const language = (...lines: string[]) => detectLanguage(convo(...lines).messages, 'fallback');

describe('detectLanguage', () => {
  it('tells English from Spanish by the words people write', () => {
    expect(language('C: My order has not arrived and nobody answers my emails.')).toBe('en');
    expect(language('C: Mi pedido no ha llegado y nadie contesta mis correos.')).toBe('es');
    expect(language('C: ¿Por qué me cobran dos veces? Esto es una vergüenza.')).toBe('es');
  });

  it('goes by the customer, even when the replies are in another language', () => {
    expect(
      language(
        'B: Thanks for contacting us! An agent will be with you shortly. In the meantime, have a look at our help centre.',
        'C: Hola, el cargador que compré no funciona.',
        'A: Hi there, I am sorry to hear that. Can you tell me when you bought it and what it does?',
      ),
    ).toBe('es');
  });

  it('reads the replies when the customer’s words do not tell, and never internal notes', () => {
    expect(language('C: 4521?', 'A: Estoy revisando tu pedido ahora mismo, un momento por favor.')).toBe('es');
    expect(language('C: ok', 'N: The customer is angry, be careful with the refund and the order.')).toBe('fallback');
  });

  it('falls back when nothing tells, or the words tie', () => {
    expect(language()).toBe('fallback');
    expect(language('C: 👍')).toBe('fallback');
    expect(language('C: the el')).toBe('fallback');
  });
});

describe('the engine reads each conversation in its own language', () => {
  const spanish = convo('C: Estoy harto, es la tercera vez que os escribo y nadie me responde.');

  it('detects the language unless the caller names one, and says which it read in', () => {
    const guidance = analyze(spanish);
    expect(guidance.language).toBe('es');
    expect(guidance.signals.map((s) => s.kind)).toContain('angry');
    expect(analyze(spanish, { locale: 'en' }).language).toBe('en');
    expect(analyze(convo('C: ok'), { fallbackLocale: 'es' }).language).toBe('es');
  });

  it('reads a growing conversation again when its language becomes plain', () => {
    const analyzer = createAnalyzer({ fallbackLocale: 'en' });
    const first = convo('C: harto');
    expect(analyzer.analyze(first).language).toBe('en');
    const grown = convo('C: harto', 'C: Estoy harto de esperar, ya no sé qué hacer con este pedido.');
    expect(analyzer.analyze(grown)).toEqual(analyze(grown, { fallbackLocale: 'en' }));
    expect(analyzer.analyze(grown).language).toBe('es');
  });
});
