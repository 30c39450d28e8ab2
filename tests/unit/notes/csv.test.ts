import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvExport, FORMULA_TRIGGER } from '@/lib/notes/export/csv';
import { emptyRecord, type InteractionRecord } from '@/lib/notes/model';

async function csv(chunks: InteractionRecord[][]): Promise<string> {
  async function* source() {
    yield* chunks;
  }
  let out = '';
  for await (const part of csvExport(source())) out += part;
  return out;
}

function record(ticketId: string, notes: Partial<InteractionRecord['notes']> = {}, subject: string | null = null) {
  const base = emptyRecord({ helpdesk: 'zendesk', ticketId }, '2025-03-10T09:00:00.000Z');
  return { ...base, subject, notes: { ...base.notes, ...notes } };
}

const parse = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('CSV export', () => {
  it('writes a byte-order mark, a header and one row per interaction, whatever the chunking', async () => {
    const records = [
      record('1', { complaint: 'Refund, "late"\nagain', tags: ['billing', 'VIP'] }, 'Café'),
      {
        ...record('2'),
        steps: [{ step: 'listen' as const, at: '2025-03-10T09:00:00.000Z', messageId: 'a', evidence: null }],
      },
      record('3'),
    ];
    const one = await csv([records]);
    expect(one.startsWith('\uFEFF"id","helpdesk"')).toBe(true);
    expect(await csv([[records[0]!], [], [records[1]!, records[2]!]])).toBe(one);
    const rows = parse(one);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.ticketId)).toEqual(['1', '2', '3']);
    expect(rows[0]).toMatchObject({ subject: 'Café', complaint: 'Refund, "late"\nagain', tags: 'billing, VIP' });
    expect(rows[1]).toMatchObject({ steps: 'listen', phrasesUsed: '0', phraseTexts: '', subject: '' });
  });

  it('lists the words of every phrase used, each kept apart whatever it holds, and the opening words', async () => {
    const at = '2025-03-10T09:00:00.000Z';
    const use = { packId: 'builtin', phraseId: 'p', step: 'listen' as const, action: 'insert' as const, at };
    const texts = ['Hi Maria, "sorry" — truly', 'Line one\nLine two, =SUM(A1)', null];
    const withPhrases = {
      ...record('1'),
      opening: '=Where is my refund?',
      phrases: texts.map((text, i) => ({ ...use, phraseId: `p${i}`, text })),
    };
    const [row] = parse(await csv([[withPhrases]]));
    expect(row!.phrasesUsed).toBe('3');
    // A JSON array: commas, quotes and line breaks inside a phrase never split it; null is "not recorded".
    expect(JSON.parse(row!.phraseTexts!)).toEqual(texts);
    expect(row!.opening).toBe("'=Where is my refund?");
  });

  it('never lets a phrase make its cell a formula', async () => {
    const use = { packId: 'b', phraseId: 'p', step: 'listen' as const, action: 'copy' as const };
    const attack = { ...use, at: '2025-03-10T09:00:00.000Z', text: '=HYPERLINK("http://evil","x")' };
    const [row] = parse(await csv([[{ ...record('1'), phrases: [attack] }]]));
    expect(FORMULA_TRIGGER.test(row!.phraseTexts!)).toBe(false);
    expect(JSON.parse(row!.phraseTexts!)).toEqual([attack.text]);
  });

  it('has only a header when nothing is selected', async () => {
    expect(parse(await csv([]))).toEqual([]);
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP), including ones with a line break', async () => {
    const attacks = ['=HYPERLINK("http://evil","x")', '+1+cmd|/C calc', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=1+1\nok'];
    const rows = parse(await csv([attacks.map((a, i) => record(String(i), { text: a }))]));
    rows.forEach((row, i) => expect(row.text).toBe(`'${attacks[i]}`));
    for (const cell of rows.map((row) => row.text!)) expect(FORMULA_TRIGGER.test(cell)).toBe(false);
    const safe = parse(await csv([[record('9', { text: 'a=b', complaint: '1-2' })]]))[0];
    expect(safe).toMatchObject({ text: 'a=b', complaint: '1-2' });
  });

  it('quotes every cell, so a separator inside one never starts a new cell', async () => {
    const text = await csv([[record('1', { text: 'a,=cmd' })]]);
    expect(text).toContain('"a,=cmd"');
  });
});
