import Papa from 'papaparse';
import { FORMULA_TRIGGER } from '../notes/export/csv';

/** A cell as a chart's table shows it. */
export type Cell = string | number;

/** One chart's numbers: the header row and a row per bar or point, as its table shows them. */
export interface TableData {
  columns: string[];
  rows: Cell[][];
}

/**
 * A chart's table as CSV: UTF-8 with a byte-order mark, CRLF, every cell quoted, and a cell that a
 * spreadsheet would run as a formula (a theme could be "=HYPERLINK(…)") prefixed with an apostrophe, as the
 * notes CSV export does (lib/notes/export/csv.ts).
 */
export function tableCsv(table: TableData): string {
  const data = table.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? String(cell) : cell)));
  return (
    '\uFEFF' +
    Papa.unparse({ fields: table.columns, data }, { quotes: true, escapeFormulae: FORMULA_TRIGGER, newline: '\r\n' }) +
    '\r\n'
  );
}
