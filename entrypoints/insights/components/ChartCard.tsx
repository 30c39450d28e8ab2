import { i18n } from '#i18n';
import { useId, type ReactNode } from 'react';
import { tableCsv } from '@/lib/insights/csv';
import { formatCount } from '@/components/format';
import { FOR_FILES, FOR_PEOPLE, type Table } from './tables';

export type Download = (filename: string, blob: Blob) => void | Promise<void>;

interface Props {
  title: string;
  description: string;
  /** The chart, drawn from the same numbers as the table. */
  chart: ReactNode;
  /** The numbers: shown in the UI's language, saved plain in the CSV. */
  table: Table;
  /** Rows the table shows (the CSV has all of them). */
  shown?: number;
  /** For the CSV's file name: `steadyhand-insights-<name>.csv`. */
  name: string;
  download: Download;
  /** An extra last cell per row (e.g. a button that lists a theme's interactions). */
  rowAction?(row: number): ReactNode;
}

/** One chart with its numbers as a table and a CSV of them: read, look or take them elsewhere. */
export function ChartCard({ title, description, chart, table, shown, name, download, rowAction }: Props) {
  const id = useId();
  const { columns, rows: all } = table(FOR_PEOPLE);
  const rows = shown === undefined ? all : all.slice(0, shown);
  const hidden = all.length - rows.length;
  const save = () =>
    void download(
      `steadyhand-insights-${name}.csv`,
      new Blob([tableCsv(table(FOR_FILES))], { type: 'text/csv;charset=utf-8' }),
    );
  return (
    <section className="card insights-chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{description}</p>
      {all.length ? chart : <p>{i18n.t('insights.chart.empty')}</p>}
      {/* A long table scrolls in its own box, reachable by keyboard. */}
      <div className="insights-table" tabIndex={0} role="region" aria-label={i18n.t('insights.chart.table', [title])}>
        <table>
          <caption>{i18n.t('insights.chart.table', [title])}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              {rowAction && <td />}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c}>{cell}</td>
                  ),
                )}
                {rowAction && <td>{rowAction(r)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 && <p className="muted">{i18n.t('insights.chart.more', [formatCount(hidden)])}</p>}
      <button
        type="button"
        className="button button--quiet"
        onClick={save}
        aria-label={`${i18n.t('insights.chart.csv')}: ${title}`}
      >
        {i18n.t('insights.chart.csv')}
      </button>
    </section>
  );
}
