import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useId } from 'react';
import { formatCalendarDay } from '@/components/format';
import { Legend } from './BarChart';
import { percent } from './labels';
import type { ChartData } from './tables';

const WIDTH = 520;
const HEIGHT = 220;
const LEFT = 44;
const BOTTOM = 28;
const TOP = 10;
const RIGHT = 16;
/** Week labels shown along the bottom at most: the rest are in the table. */
const TICKS = 6;
/** A week's first day, short enough for the axis: "11/16" in English, "16/11" in Spanish. */
const WEEK_LABEL = { month: 'numeric', day: 'numeric' } as const;

/** Rates (0–1) over weeks, one line per series (visx scales and shapes, plain SVG). */
export function LineChart({ label, data }: { label: string; data: ChartData }) {
  const titleId = useId();
  const { categories, series } = data;
  const max = Math.max(0.01, ...series.flatMap((s) => s.values));
  const x = scalePoint<number>({ domain: categories.map((_, i) => i), range: [LEFT, WIDTH - RIGHT], padding: 0.5 });
  const y = scaleLinear<number>({ domain: [0, max], range: [HEIGHT - BOTTOM, TOP], nice: true });
  const step = Math.max(1, Math.ceil(categories.length / TICKS));
  return (
    <figure className="chart">
      <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart__svg">
        <title id={titleId}>{label}</title>
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className="chart__grid" />
            <text x={LEFT - 6} y={y(tick)} dy="0.35em" textAnchor="end" className="chart__value">
              {percent(tick)}
            </text>
          </g>
        ))}
        {categories.map((week, i) =>
          i % step === 0 ? (
            <text key={week} x={x(i)} y={HEIGHT - 8} textAnchor="middle" className="chart__value">
              {formatCalendarDay(week, WEEK_LABEL)}
            </text>
          ) : null,
        )}
        {series.map((s, k) => (
          <g key={s.name}>
            <LinePath
              data={s.values}
              x={(_, i) => x(i) ?? 0}
              y={(value) => y(value)}
              className={`chart__line chart--series-${k}`}
            />
            {categories.length <= 60 &&
              s.values.map((value, i) => (
                <circle key={i} cx={x(i)} cy={y(value)} r={2.5} className={`chart__dot chart--series-${k}`} />
              ))}
          </g>
        ))}
      </svg>
      <Legend names={series.map((s) => s.name)} />
    </figure>
  );
}
