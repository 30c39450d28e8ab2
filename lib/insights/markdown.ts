// The weekly summary a lead pastes anywhere (issue 14): the current view of the insights page as Markdown.
// Pure: words come from the caller (lib has no translations), numbers from the page's tables.
import type { TableData } from './csv';

/** What the view shows beside its numbers: the filters as people read them. */
export interface SummaryView {
  title: string;
  /** One line each, e.g. "Dates: 2026-11-02 to 2026-11-08"; empty when nothing is filtered. */
  filters: string[];
  /** "42 conversations". */
  total: string;
}

/** One section: a heading and the table of a chart (or a line saying there is nothing to show). */
export interface SummarySection {
  heading: string;
  table: TableData;
  /** Shown instead of an empty table. */
  empty: string;
  /** Rows kept (the rest are counted in `more`): a summary is read, not scrolled. */
  limit?: number;
  more?: (hidden: number) => string;
}

/**
 * Text in a table cell: a pipe would end the cell and a line break the row; leading Markdown (a `#`, a
 * list mark) is harmless inside a cell. Backslashes are escaped first so the pipe's escape is not undone.
 */
export function cellText(value: string | number): string {
  return String(value)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .trim();
}

function table({ columns, rows }: TableData): string[] {
  const line = (cells: Array<string | number>) => `| ${cells.map(cellText).join(' | ')} |`;
  const align = columns.map((_, i) => (i === 0 ? '---' : '--:'));
  return [line(columns), `| ${align.join(' | ')} |`, ...rows.map(line)];
}

function section({ heading, table: data, empty, limit, more }: SummarySection): string[] {
  const lines = [`## ${cellText(heading)}`, ''];
  if (!data.rows.length) return [...lines, empty, ''];
  const shown = limit === undefined ? data.rows : data.rows.slice(0, limit);
  lines.push(...table({ columns: data.columns, rows: shown }));
  const hidden = data.rows.length - shown.length;
  if (hidden > 0 && more) lines.push('', more(hidden));
  return [...lines, ''];
}

/** The summary: a title, the filters, the total, then one section per chart. */
export function insightsMarkdown(view: SummaryView, sections: SummarySection[]): string {
  const head = [`# ${cellText(view.title)}`, '', ...view.filters.map((f) => `- ${cellText(f)}`)];
  if (view.filters.length) head.push('');
  head.push(view.total, '');
  return [...head, ...sections.flatMap(section)].join('\n').trimEnd() + '\n';
}
