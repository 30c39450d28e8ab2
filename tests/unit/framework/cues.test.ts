import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, CueSet, englishCues, spanishCues } from '@/lib/framework';
import { convo } from './helpers';

const kinds = (g: ReturnType<typeof analyze>) => g.signals.map((s) => s.kind);

describe('cue sets', () => {
  it('built-in sets are valid pure data', () => {
    expect(CueSet.parse(englishCues)).toEqual(englishCues);
    expect(CueSet.parse(spanishCues)).toEqual(spanishCues);
    // Plain JSON round-trips: no functions or regular expressions hide in a cue set.
    expect(JSON.parse(JSON.stringify(spanishCues))).toEqual(spanishCues);
  });

  it('rejects a cue set that is not plain data', () => {
    expect(() => CueSet.parse({ locale: 'en', cues: { anger: [/grr+/] } })).toThrow();
    expect(() => CueSet.parse({ locale: 'en', cues: { notACategory: ['x'] } })).toThrow();
    expect(() => analyze(convo('C: hi'), { cues: [{ locale: 'en', cues: { anger: [''] } }] })).toThrow();
  });

  it('Spanish: signals and steps from the Spanish cue set', () => {
    const g = analyze(convo('C: Esto es ridículo, llevo una semana esperando. Quiero mi dinero ya mismo.'), {
      locale: 'es',
    });
    expect(kinds(g)).toEqual(expect.arrayContaining(['angry', 'demanding']));
    expect(g.step).toBe('listen');
  });

  it('Spanish: an acknowledgement and apology in Spanish move the step on', () => {
    const g = analyze(
      convo(
        'C: Mi pedido no ha llegado y estoy harto.',
        'A: Lo sentimos mucho, entiendo la molestia. ¿Nos envías el número de pedido?',
        'C: Ya te envié el número por DM.',
      ),
      { locale: 'es-MX' },
    );
    expect(g.completed.map((c) => c.step)).toEqual(expect.arrayContaining(['listen', 'empathize']));
    expect(g.step).toBe('act');
  });

  it('Spanish abuse aimed at the agent is a boundary', () => {
    expect(analyze(convo('C: Sois unos idiotas.'), { locale: 'es' }).step).toBe('boundary');
    expect(analyze(convo('C: ¡Vete a la mierda!'), { locale: 'es' }).step).toBe('boundary');
  });

  it('the English set does not read Spanish, and the Spanish set does not read English', () => {
    expect(kinds(analyze(convo('C: Estoy harto.'), { locale: 'en' }))).toEqual([]);
    expect(kinds(analyze(convo('C: This is unacceptable.'), { locale: 'es' }))).toEqual([]);
  });

  it('extra cue sets from options extend the built-in set of their language only', () => {
    const pack: CueSet = { locale: 'en-GB', cues: { anger: ['gutted'], churn: ['taking my custom elsewhere'] } };
    const text = 'C: Gutted. I am taking my custom elsewhere.';
    expect(kinds(analyze(convo(text)))).toEqual([]);
    const g = analyze(convo(text), { cues: [pack] });
    expect(kinds(g)).toEqual(['angry', 'churn-risk']);
    expect(g.signals[0]!.evidence).toBe('Gutted');
    expect(kinds(analyze(convo(text), { cues: [pack], locale: 'es' }))).toEqual([]);
  });

  it('extra cues reach the checklist too', () => {
    const pack: CueSet = { locale: 'en', cues: { apology: ['we owe you one'] } };
    const lines = ['C: Late again. Ridiculous.', 'A: Oh no, we owe you one there.', 'C: Yes you do, I am fuming.'];
    expect(analyze(convo(...lines)).step).toBe('empathize');
    expect(createAnalyzer({ cues: [pack] }).analyze(convo(...lines)).step).not.toBe('empathize');
  });

  it('a phrase pack can mark a word as not abusive', () => {
    const text = 'C: The bloody pain in the arse of a parcel is late.';
    expect(kinds(analyze(convo(text)))).toContain('abusive');
    const pack: CueSet = { locale: 'en', cues: { notAbusive: ['pain in the arse'] } };
    expect(kinds(analyze(convo(text), { cues: [pack] }))).not.toContain('abusive');
  });
});
