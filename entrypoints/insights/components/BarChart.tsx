import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useId } from 'react';
import { formatCount } from '@/components/format';
import { clipText } from '@/lib/clip';
import type { ChartData } from './tables';

const WIDTH = 520;
const LABEL_WIDTH = 170;
const ROW = 26;
const PAD = 8;
const LABEL_CHARS = 26;

interface Props {
  /** The chart's accessible name: the image is the table's numbers drawn. */
  label: string;
  data: ChartData;
  /** A click on a category's bar (the table beside it has a button for keyboards and screen readers). */
  onSelect?(index: number): void;
}

/** Horizontal bars, one group per category, one bar per series (visx scales and shapes, plain SVG). */
export function BarChart({ label, data, onSelect }: Props) {
  const titleId = useId();
  const { categories, series } = data;
  const height = Math.max(1, categories.length) * ROW + PAD * 2;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const y = scaleBand<number>({ domain: categories.map((_, i) => i), range: [PAD, height - PAD], padding: 0.2 });
  const inner = scaleBand<number>({ domain: series.map((_, i) => i), range: [0, y.bandwidth()], padding: 0.1 });
  const x = scaleLinear<number>({ domain: [0, max], range: [0, WIDTH - LABEL_WIDTH - 40] });
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="chart__svg"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>{label}</title>
        {categories.map((category, c) => (
          <g key={`${c}-${category}`} transform={`translate(0, ${y(c) ?? 0})`}>
            <text x={LABEL_WIDTH - 6} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" className="chart__label">
              {clipText(category, LABEL_CHARS)}
            </text>
            {series.map((s, k) => {
              const value = s.values[c] ?? 0;
              return (
                <g key={s.name}>
                  <Bar
                    x={LABEL_WIDTH}
                    y={inner(k) ?? 0}
                    width={Math.max(value ? 2 : 0, x(value))}
                    height={inner.bandwidth()}
                    className={`chart__bar chart--series-${k}${onSelect ? ' chart__bar--select' : ''}`}
                    onClick={onSelect && (() => onSelect(c))}
                  />
                  <text
                    x={LABEL_WIDTH + x(value) + 4}
                    y={(inner(k) ?? 0) + inner.bandwidth() / 2}
                    dy="0.35em"
                    className="chart__value"
                  >
                    {formatCount(value)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      {series.length > 1 && <Legend names={series.map((s) => s.name)} />}
    </figure>
  );
}

/** The series' names beside their colours (text, so it is read as well as seen). */
export function Legend({ names }: { names: string[] }) {
  return (
    <figcaption className="chart__legend">
      {names.map((name, k) => (
        <span key={name} className="chart__key">
          <span className={`chart__swatch chart--series-${k}`} aria-hidden="true" />
          {name}
        </span>
      ))}
    </figcaption>
  );
}
