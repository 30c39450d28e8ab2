import { describe, expect, it } from 'vitest';
import { tableCsv } from '@/lib/insights/csv';
import { cellText, insightsMarkdown } from '@/lib/insights/markdown';

const table = {
  columns: ['Theme', 'Conversations'],
  rows: [['refund', 3] as [string, number], ['late | delivery', 2]],
};

describe('the weekly summary (Markdown)', () => {
  it('writes the title, the filters, the total and a table per section', () => {
    const text = insightsMarkdown(
      {
        title: 'Steadyhand insights',
        filters: ['Dates: 2025-03-10 to 2025-03-16', 'Agent: Ana'],
        total: '5 conversations',
      },
      [{ heading: 'Top complaint themes', table, empty: 'Nothing.' }],
    );
    expect(text).toBe(
      [
        '# Steadyhand insights',
        '',
        '- Dates: 2025-03-10 to 2025-03-16',
        '- Agent: Ana',
        '',
        '5 conversations',
        '',
        '## Top complaint themes',
        '',
        '| Theme | Conversations |',
        '| --- | --: |',
        '| refund | 3 |',
        '| late \\| delivery | 2 |',
        '',
      ].join('\n'),
    );
  });

  it('says so when a section is empty, and counts the rows it leaves out', () => {
    const text = insightsMarkdown({ title: 'T', filters: [], total: '0' }, [
      { heading: 'Empty', table: { columns: ['A'], rows: [] }, empty: 'Nothing to show.' },
      { heading: 'Long', table, empty: '', limit: 1, more: (n) => `${n} more` },
    ]);
    expect(text).toContain('## Empty\n\nNothing to show.\n');
    expect(text).toContain('| refund | 3 |\n\n1 more\n');
    expect(text).not.toContain('late');
  });

  it('keeps a cell one cell: pipes escaped, line breaks joined, backslashes kept', () => {
    expect(cellText('a|b\nc\\')).toBe('a\\|b c\\\\');
  });
});

describe('a chart’s CSV', () => {
  it('quotes every cell and defuses formulas', () => {
    const csv = tableCsv({
      columns: ['Theme', 'Conversations'],
      rows: [
        ['=HYPERLINK("x")', 2],
        ['refund', 1],
      ],
    });
    expect(csv).toBe('\uFEFF"Theme","Conversations"\r\n"\'=HYPERLINK(""x"")","2"\r\n"refund","1"\r\n');
  });
});
