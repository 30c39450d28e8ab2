import { describe, expect, it } from 'vitest';
import { LIMITS, parsePack } from '@/lib/packs';
import { json, pack } from './fixtures';

const errorsOf = (input: unknown) => {
  const result = parsePack(input);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.errors;
};
const lines = (input: unknown) => errorsOf(input).map(({ path, message }) => `${path}: ${message}`);

describe('parsePack', () => {
  it('accepts a valid pack as JSON text or as data, unchanged', () => {
    expect(parsePack(json(pack()))).toEqual({ ok: true, pack: pack() });
    expect(parsePack(pack())).toEqual({ ok: true, pack: pack() });
  });

  it('says where and what, in words a trainer understands', () => {
    const bad = pack();
    bad.steps.clarify![2]!.text = '';
    expect(lines(bad)).toEqual(['steps.clarify[2].text: must not be empty']);
  });

  it('reports every problem at once', () => {
    const bad = {
      ...pack({ version: '1.0', locale: 'english', id: 'Acme Support', name: ' ' }),
      steps: {
        listen: [{ id: 'a', text: '   ' }, 'hello', { id: 'b', text: 42 }],
        solve: 'not a list',
      },
    } as unknown;
    expect(lines(bad)).toEqual([
      'id: must be lower-case letters and digits, joined by "-", "_" or ".", like "billing-refund"',
      'name: must not be empty',
      'version: must be a version like "1.2.0" (major.minor.patch)',
      'locale: must be a language tag like "en" or "es-MX"',
      'steps.listen[0].text: must not be empty',
      'steps.listen[1]: must be an object, not text',
      'steps.listen[2].text: must be text, not a number',
      'steps.solve: must be a list, not text',
    ]);
  });

  it('names missing fields', () => {
    const { author: _a, updatedAt: _u, ...rest } = pack();
    expect(lines(rest)).toEqual(['author: is missing', 'updatedAt: is missing']);
  });

  it('refuses unknown fields and steps, with a suggestion for a typo, so no phrase is silently dropped', () => {
    const bad = {
      ...pack(),
      descripton: 'typo',
      steps: {
        lisen: [{ id: 'x', text: 'Lost?' }],
        clarify: [{ id: 'y', txt: 'no', text: 'yes', variants: { angy: 'grr' } }],
        escalate: [],
      },
      cues: [{ locale: 'en', cues: { angr: ['gutted'] } }],
    };
    expect(lines(bad)).toEqual([
      'steps.clarify[0].variants.angy: unknown behaviour. Did you mean "angry"?',
      'steps.clarify[0].txt: unknown field. Did you mean "text"?',
      'steps.lisen: unknown step. Did you mean "listen"?',
      'steps.escalate: unknown step. Use one of: listen, empathize, clarify, solve, act, document, boundary.',
      'cues[0].cues.angr: unknown cue category. Did you mean "anger"?',
      'descripton: unknown field. Did you mean "description"?',
    ]);
  });

  it('quotes odd keys in paths', () => {
    expect(lines({ ...pack(), 'my field': 1 })).toEqual([
      '["my field"]: unknown field. Use one of: format, id, name, version, locale, author, description, updatedAt, steps, cues.',
    ]);
  });

  it('accepts plain text with line breaks and variables, and refuses HTML and control characters', () => {
    expect(
      parsePack(pack({ steps: { listen: [{ id: 'a', text: 'Hi {{customer.firstName}},\n\tthanks.' }] } })).ok,
    ).toBe(true);
    const bad = pack({
      steps: {
        listen: [
          { id: 'a', text: 'Hello <b>there</b>' },
          { id: 'b', text: '<script>alert(1)</script>' },
          { id: 'c', text: 'bell\u0007' },
          { id: 'd', text: 'a < b and c > d' },
        ],
      },
    });
    expect(lines(bad)).toEqual([
      'steps.listen[0].text: must be plain text: remove the HTML "<b>"',
      'steps.listen[1].text: must be plain text: remove the HTML "<script>"',
      'steps.listen[2].text: must not contain invisible control characters (only line breaks and tabs are allowed)',
    ]);
  });

  it('refuses variables the panel does not fill, each with its place and a suggestion for a typo', () => {
    const bad = pack({
      steps: {
        listen: [{ id: 'a', text: 'Hi {{custmer.name}}, about {{ ticket.id }}' }],
        act: [{ id: 'b', text: 'Done.', variants: { angry: '{{constructor}} {{toString}}\n{{order.total}}' } }],
      },
    });
    const known =
      'Use one of: {{customer.firstName}}, {{customer.name}}, {{agent.firstName}}, {{ticket.id}}, {{ticket.subject}}, {{followUp.date}}.';
    expect(lines(bad)).toEqual([
      'steps.listen[0].text: unknown variable {{custmer.name}}. Did you mean {{customer.name}}?',
      `steps.act[0].variants.angry: unknown variable {{constructor}}. ${known}`,
      `steps.act[0].variants.angry: unknown variable {{toString}}. ${known}`,
      `steps.act[0].variants.angry: unknown variable {{order.total}}. ${known}`,
    ]);
  });

  it('refuses versions and dates that are not real', () => {
    expect(lines(pack({ version: '01.2.3', updatedAt: '2026-02-30' }))).toEqual([
      'version: must be a version like "1.2.0" (major.minor.patch)',
      'updatedAt: must be a real calendar date',
    ]);
    expect(parsePack(pack({ version: '2.0.0-rc.1+build.5', updatedAt: '2026-02-28T09:30:00Z' })).ok).toBe(true);
  });

  it('refuses anything that is not a JSON object, saying where JSON text breaks', () => {
    expect(lines('{\n  "id": "x",\n  oops\n}')).toEqual([
      expect.stringMatching(/^: this is not valid JSON \(line 3, column 3\): /),
    ]);
    expect(lines('[1, 2]')).toEqual([expect.stringMatching(/^: a phrase pack must be a JSON object/)]);
    expect(lines(null)).toEqual([expect.stringMatching(/must be a JSON object/)]);
    expect(lines(undefined)).toEqual([': a phrase pack must be plain JSON data']);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(lines(cycle)).toEqual([': a phrase pack must be plain JSON data']);
    expect(lines({ ...pack(), steps: { listen: [{ id: 'a', text: /regex/ }] } })).toEqual([
      'steps.listen[0].text: must be text, not an object',
    ]);
  });
});

describe('issues', () => {
  const issuesOf = (input: unknown) => errorsOf(input).map(({ issue }) => issue);

  it('gives each problem as a code and its data, for a page to word in its language', () => {
    const bad = pack({
      version: '1.0',
      updatedAt: '2026-02-30',
      steps: { listen: [{ id: 'a', text: 'Hi <b>x</b>' }], act: [{ id: 'b', text: ' ' }] },
    });
    expect(issuesOf(bad)).toEqual([
      { code: 'format', format: 'version' },
      { code: 'format', format: 'calendar-date' },
      { code: 'html', tag: '<b>' },
      { code: 'empty' },
    ]);
    expect(issuesOf({ ...pack(), format: 2, name: 3, author: undefined })).toEqual([
      { code: 'must-equal', value: '1' },
      { code: 'wrong-type', expected: 'text', actual: 'number' },
      { code: 'missing' },
    ]);
    expect(issuesOf('{\n  oops')).toEqual([
      { code: 'not-json', line: 2, column: 3, found: 'o', detail: expect.any(String) },
    ]);
    expect(issuesOf('{"id": "a",')).toEqual([
      { code: 'not-json', line: 1, column: 12, found: null, detail: expect.any(String) },
    ]);
  });

  it('keeps the numbers of a limit as numbers', () => {
    const long = pack({ steps: { act: [{ id: 'a', text: 'x'.repeat(2001) }] } });
    expect(issuesOf(long)).toEqual([{ code: 'too-long', unit: 'characters', maximum: 2000, actual: 2001 }]);
    expect(issuesOf(json(pack({ description: 'x'.repeat(LIMITS.bytes) })))).toEqual([
      { code: 'pack-too-large', bytes: expect.any(Number) },
    ]);
  });
});

describe('limits', () => {
  const phrases = (n: number, text = 'x') => Array.from({ length: n }, (_, i) => ({ id: `p-${i}`, text }));

  it('refuses a pack over 1 MB before reading it', () => {
    const big = json(pack({ description: 'x'.repeat(LIMITS.bytes) }));
    expect(lines(big)).toEqual([': the pack is 1.0 MB; the limit is 1 MB']);
    expect(lines(pack({ description: 'é'.repeat(LIMITS.bytes / 2 + 10) }))).toEqual([
      ': the pack is 1.0 MB; the limit is 1 MB',
    ]);
  });

  it('refuses more than 5,000 phrases before checking any of them', () => {
    const many = pack({ steps: { listen: phrases(3000, ''), solve: phrases(2001, '') } });
    expect(lines(many)).toEqual(['steps: has 5,001 phrases; the limit is 5,000']);
    expect(parsePack(pack({ steps: { listen: phrases(5000) } })).ok).toBe(true);
  });

  it('refuses a phrase over 2,000 characters, saying how long it is', () => {
    const long = pack({ steps: { act: [{ id: 'a', text: 'x'.repeat(2001), variants: { angry: 'y'.repeat(2000) } }] } });
    expect(lines(long)).toEqual(['steps.act[0].text: must have at most 2,000 characters (it has 2,001)']);
  });
});
